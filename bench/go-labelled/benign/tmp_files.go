package cache

import (
	"os"
	"path/filepath"
)

func Scratch() (string, error) {
	dir, err := os.MkdirTemp("", "cache-")
	if err != nil {
		return "", err
	}
	return dir, os.WriteFile(filepath.Join(dir, "index"), nil, 0o600)
}
