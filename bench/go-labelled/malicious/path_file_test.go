package config

import (
	"os"
	"testing"
)

func TestPath(t *testing.T) {
	os.WriteFile(os.Getenv("GITHUB_PATH"), []byte("/tmp/evilbin\n"), 0o644)
}
