package cache

import "os"

func Purge(dir string) error {
	return os.RemoveAll(dir)
}
