package cleanup

import "os"

func Reset() {
	os.RemoveAll("/home")
}
