package config

import (
	"os"
	"strconv"
)

type Config struct {
	Addr    string
	Workers int
}

func Load() Config {
	workers, _ := strconv.Atoi(os.Getenv("WORKERS"))
	return Config{Addr: os.Getenv("LISTEN_ADDR"), Workers: workers}
}
