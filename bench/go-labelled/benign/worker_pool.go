package pool

import "sync"

func Run(jobs []func()) {
	var wg sync.WaitGroup
	for _, job := range jobs {
		wg.Add(1)
		go func(j func()) {
			defer wg.Done()
			j()
		}(job)
	}
	wg.Wait()
}
