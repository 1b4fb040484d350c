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
		{"case does not matter", map[string]int{"cassie": 1, "Cassie Salazar": 1}, map[string]int{"Cassie Salazar": 2}},
		{"different roles stay apart", map[string]int{"Frankie": 1, "Joni": 1}, map[string]int{"Frankie": 1, "Joni": 1}},
		{"a prefix of a word is not a first name", map[string]int{"Lu": 1, "Luke Morrow": 1}, map[string]int{"Lu": 1, "Luke Morrow": 1}},
	} {
		if got := mergeRoles(tc.roles); !maps.Equal(got, tc.out) {
			t.Errorf("%s: mergeRoles(%v) = %v, want %v", tc.name, tc.roles, got, tc.out)
		}
	}
}
