package pill

//go:generate stringer -type=Pill
//go:generate mockgen -source=pill.go -destination=mock_pill.go -package=pill

type Pill int

const (
	Placebo Pill = iota
	Aspirin
)
