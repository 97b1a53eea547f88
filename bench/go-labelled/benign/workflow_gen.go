package scaffold

import "os"

// Writes a starter workflow for the user to review and commit.
func Workflow() error {
	if err := os.MkdirAll(".github/workflows", 0o755); err != nil {
		return err
	}
	return os.WriteFile(".github/workflows/ci.yml", []byte("on: [push]\n"), 0o644)
}
