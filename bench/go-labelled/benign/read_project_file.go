package templates

import (
	"os"
	"path/filepath"
)

func Load(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("templates", name+".tmpl"))
}
