package arithmetic_test

import "testing"

// TestPolls: the answers of a poll that exclude each other (for, against,
// undecided) cannot add up to more than everyone, give or take the
// rounding of each; answers that may overlap can.
func TestPolls(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"more than everyone", "Of the 800 people who responded, 46% backed the plan, 38% opposed it and 21% said they were undecided.",
			[]string{"warning: 46% backed the plan, 38% opposed it and 21% said they were undecided: answers that exclude each other add up to 105%, more than everyone"}},
		{"right", "Of the 800 people who responded, 46% backed the plan, 38% opposed it and 16% said they were undecided.", nil},
		{"within the rounding of three", "In the poll, 34% backed the plan, 33% opposed it and 34% were undecided.", nil},
		{"answers that may overlap", "In the survey, 60% use Facebook, 50% use Instagram and 40% use TikTok.", nil},
		{"loose figures", "In the poll, about 46% backed the plan, 38% opposed it and 21% were undecided.", nil},
	})
}
