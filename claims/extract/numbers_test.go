package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNumberGrammarMentions covers the number and money grammar added for
// news text: spaced and Indian grouping, leading points, figures between
// points, mixed fractions, fractions in words, proportions, sums with
// cents and currency names, codes and prefixes.
func TestNumberGrammarMentions(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"The census counted 2 345 678 residents.", []m{{"2 345 678 residents", "count", "2345678 resident"}}},
		{"The fund holds 45,67,890.50 rupees.", []m{{"45,67,890.50 rupees", "money", "4567890.5 INR"}}},
		{"Its beta was .07 at the close.", []m{{".07", "number", "0.07"}}},
		{"The router sits at 10.0.0.1 on the network.", []m{{"10", "number", "10"}, {"0", "number", "0"}, {"0", "number", "0"}, {"1", "number", "1"}}},
		{"The plank was 3 3/8 inches thick.", []m{{"3 3/8 inches", "quantity", "3.375 inch"}}},
		{"Output fell by -2/5 overall.", []m{{"-2/5", "number", "-0.4"}}},
		{"Rates rose by six point two five here.", []m{{"six point two five", "number", "6.25"}}},
		{"Nearly three out of five adults agreed.", []m{{"Nearly three out of five", "number", "~ 0.6"}}},
		{"Then 12 out of 30 councils agreed.", []m{{"12", "number", "12"}, {"30 councils", "count", "30 council"}}},
		{"The odds were one over fifty.", []m{{"one over fifty", "number", "0.02"}}},
		{"The deal is worth £780,000 over two years.", []m{{"£780,000", "money", "780000 GBP"}, {"two years", "duration", "2 year"}}},
		{"Sales rose 5% over three years, and he waited over two years.", []m{{"5%", "percent", "5 %"}, {"three years", "duration", "3 year"}, {"over two years", "duration", "> 2 year"}}},
		{"In 2023 over 4,000 homes were flooded.", []m{{"2023", "time", "2023-01-01..2024-01-01 year"}, {"over 4,000 homes", "count", "> 4000 home"}}},
		{"She spent 300 over 4 years.", []m{{"300", "number", "300"}, {"4 years", "duration", "4 year"}}},
		{"He scored a fourth goal, and a fourth of the seats went unfilled.", []m{{"fourth", "number", "4"}, {"a fourth", "number", "0.25"}}},
		{"Tickets cost 4 dollars 75 cents each.", []m{{"4 dollars 75 cents", "money", "4.75 USD"}}},
		{"Lunch was twelve dollars and thirty.", []m{{"twelve dollars and thirty", "money", "12.3 USD"}}},
		{"He paid $5 and 20 people came.", []m{{"$5", "money", "5 USD"}, {"20 people", "count", "20 person"}}},
		{"The deal was worth 300 million Finnish markka and 40 million Dutch guilders.", []m{
			{"300 million Finnish markka", "money", "300000000 FIM"}, {"40 million Dutch guilders", "money", "40000000 NLG"}}},
		{"It raised HK$ 12 million, AUD$ 3 and USD250.", []m{{"HK$ 12 million", "money", "12000000 HKD"}, {"AUD$ 3", "money", "3 AUD"}, {"USD250", "money", "250 USD"}}},
		{"Losses topped 45 MEUR and 12 USD million.", []m{{"45 MEUR", "money", "45000000 EUR"}, {"12 USD million", "money", "12000000 USD"}}},
		{"The firm paid a 15-cent dividend and 2.5 BTC.", []m{{"15-cent", "money", "0.15 USD"}, {"2.5 BTC", "money", "2.5 BTC"}}},
		{"They spent 40 lakh and 3 crore.", []m{{"40 lakh", "number", "4000000"}, {"3 crore", "number", "30000000"}}},
		{"A stake of 1.25 M was sold.", []m{{"1.25 M", "number", "1250000"}}},
	}
	for _, tt := range tests {
		got := mentionsIn(tt.text, published, nil)
		var vals []m
		for _, x := range got {
			if x.Kind != "entity" && x.Kind != "place" {
				vals = append(vals, x)
			}
		}
		if diff := cmp.Diff(tt.want, vals); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestPercentMentions covers percentages that name their figure after the
// word, and percentages named without a figure.
func TestPercentMentions(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"Per cent of thirty, that is.", []m{{"Per cent of thirty", "percent", "30 %"}}},
		{"Costs fell minus three percent.", []m{{"minus three percent", "percent", "-3 %"}}},
		{"Only a tiny percentage of firms replied.", []m{{"percentage", "percent", "0 %"}}},
		{"It rose 3 percentage points.", []m{{"3 percentage points", "percent", "3 pp"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
