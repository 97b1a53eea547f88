package report

import "os"

func Save(data []byte) error {
	if err := os.MkdirAll("build", 0o755); err != nil {
		return err
	}
	return os.WriteFile("build/report.json", data, 0o644)
}
