package cli

import "flag"

var verbose bool
var codecs = map[string]func([]byte) string{}

func init() {
	flag.BoolVar(&verbose, "v", false, "verbose output")
	codecs["plain"] = func(b []byte) string { return string(b) }
}
