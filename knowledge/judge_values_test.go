package knowledge

import (
	"maps"
	"testing"
)

func TestMergeRoles(t *testing.T) {
	for _, tc := range []struct {
		name       string
		roles, out map[string]int
	}{
		{"first name folds into the full name", map[string]int{"Luke": 2, "Luke Morrow": 1}, map[string]int{"Luke Morrow": 3}},
		{"different roles stay apart", map[string]int{"Frankie": 1, "Joni": 1}, map[string]int{"Frankie": 1, "Joni": 1}},
		{"a prefix of a word is not a first name", map[string]int{"Lu": 1, "Luke Morrow": 1}, map[string]int{"Lu": 1, "Luke Morrow": 1}},
		{"a description of the character is the character", map[string]int{"the aspiring singer Cassie": 1, "Cassie Salazar": 2, "Making Cassie": 1}, map[string]int{"Cassie Salazar": 4}},
		{"a title is no name", map[string]int{"the steadfast Marine Luke": 1, "Luke Morrow": 1}, map[string]int{"Luke Morrow": 2}},
		{"a possessive is someone else", map[string]int{"Cassie's loyal bandmate Joni": 1, "Frankie": 1}, map[string]int{"Cassie's loyal bandmate Joni": 1, "Frankie": 1}},
		{"the same relation twice", map[string]int{"Luke's dad": 1, "Luke's stern-but-softening dad": 1}, map[string]int{"Luke's stern-but-softening dad": 2}},
	} {
		if got := mergeRoles(tc.roles); !maps.Equal(got, tc.out) {
			t.Errorf("%s: mergeRoles(%v) = %v, want %v", tc.name, tc.roles, got, tc.out)
		}
	}
}
