//go:build linux && !integration

package sysinfo

import "os"

func Hostname() string {
	name, _ := os.Hostname()
	return name
}
