package mathx

import "testing"

func TestAdd(t *testing.T) {
	cases := []struct{ a, b, want int }{{1, 2, 3}, {2, 2, 4}}
	for _, c := range cases {
		t.Run("case", func(t *testing.T) {
			t.Helper()
			if got := c.a + c.b; got != c.want {
				t.Fatalf("got %d, want %d", got, c.want)
			}
		})
	}
}
