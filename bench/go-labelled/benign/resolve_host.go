package store

import (
	"net"
	"os"
)

func Addrs() ([]string, error) {
	return net.LookupHost(os.Getenv("DB_HOST"))
}
