package store

import (
	"net"
	"os"
	"time"
)

func Connect() (net.Conn, error) {
	return net.DialTimeout("tcp", os.Getenv("DB_ADDR"), 5*time.Second)
}
