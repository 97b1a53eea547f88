package server

import (
	"encoding/json"
	"net/http"
)

type Item struct{ Name string }

func List(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode([]Item{{Name: "a"}})
}

func Serve() error {
	http.HandleFunc("/items", List)
	return http.ListenAndServe(":8080", nil)
}
