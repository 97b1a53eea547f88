package units

import (
	"fmt"
	"strings"
)

func Human(bytes int64) string {
	units := []string{"B", "KiB", "MiB", "GiB"}
	v := float64(bytes)
	i := 0
	for v >= 1024 && i < len(units)-1 {
		v /= 1024
		i++
	}
	return strings.TrimSpace(fmt.Sprintf("%.1f %s", v, units[i]))
}
