package github

import (
	"net/http"
	"os"
)

// Calls the API the token belongs to, as every GitHub client does.
func Authed(url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GITHUB_TOKEN"))
	return http.DefaultClient.Do(req)
}
