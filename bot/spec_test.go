package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// specPath is Discord's OpenAPI description, relative to the repository
// root (this package's parent).
const specPath = "../../shared/discord-api-spec/openapi.json"

// spec validates request bodies against Discord's OpenAPI description.
type spec struct {
	routes []specRoute
}

type specRoute struct {
	method string
	path   *regexp.Regexp
	name   string
	schema *jsonschema.Schema
}

var (
	specOnce sync.Once
	specVal  *spec
	specErr  error
)

// loadSpec compiles the schemas the bot's requests must meet, once per
// test binary; it skips the test when the spec is not checked out beside
// the repository (CI has it).
func loadSpec(t testing.TB) *spec {
	t.Helper()
	specOnce.Do(func() { specVal, specErr = compileSpec() })
	if os.IsNotExist(specErr) {
		t.Skipf("Discord API spec not found at %s (relative to bot/): check out ../shared/discord-api-spec beside the repository to run the Discord tests", specPath)
	}
	if specErr != nil {
		t.Fatalf("compile Discord API spec: %v", specErr)
	}
	return specVal
}

func compileSpec() (*spec, error) {
	f, err := os.Open(filepath.FromSlash(specPath))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, fmt.Errorf("read spec: %w", err)
	}
	const base = "file:///discord/openapi.json"
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(base, doc); err != nil {
		return nil, fmt.Errorf("add spec: %w", err)
	}
	body := func(path, method string) string {
		p := strings.ReplaceAll(strings.ReplaceAll(path, "~", "~0"), "/", "~1")
		return "#/paths/" + p + "/" + method + "/requestBody/content/application~1json/schema"
	}
	routes := []struct {
		method, pattern, name, ptr string
	}{
		{"POST", `^/api/v\d+/interactions/[^/]+/[^/]+/callback$`, "interaction callback", body("/interactions/{interaction_id}/{interaction_token}/callback", "post")},
		{"POST", `^/api/v\d+/channels/[^/]+/messages$`, "MessageCreateRequest", "#/components/schemas/MessageCreateRequest"},
		{"PATCH", `^/api/v\d+/channels/[^/]+/messages/[^/]+$`, "message edit", body("/channels/{channel_id}/messages/{message_id}", "patch")},
		{"PATCH", `^/api/v\d+/webhooks/[^/]+/[^/]+/messages/[^/]+$`, "webhook message edit", body("/webhooks/{webhook_id}/{webhook_token}/messages/@original", "patch")},
		{"POST", `^/api/v\d+/webhooks/[^/]+/[^/]+$`, "webhook follow-up", body("/webhooks/{webhook_id}/{webhook_token}", "post")},
		{"PUT", `^/api/v\d+/applications/[^/]+/guilds/[^/]+/commands$`, "guild command overwrite", body("/applications/{application_id}/guilds/{guild_id}/commands", "put")},
		{"PUT", `^/api/v\d+/applications/[^/]+/commands$`, "global command overwrite", body("/applications/{application_id}/commands", "put")},
	}
	s := &spec{}
	for _, r := range routes {
		sch, err := c.Compile(base + r.ptr)
		if err != nil {
			return nil, fmt.Errorf("compile %s: %w", r.name, err)
		}
		s.routes = append(s.routes, specRoute{r.method, regexp.MustCompile(r.pattern), r.name, sch})
	}
	return s, nil
}

// check validates one request body against its route's schema and the
// limits the spec does not state, and returns the schema's name. A request
// with no body, or on a route without a schema, passes unnamed.
func (s *spec) check(method, path string, body []byte) (string, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return "", nil
	}
	for _, r := range s.routes {
		if r.method != method || !r.path.MatchString(path) {
			continue
		}
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
		if err != nil {
			return r.name, fmt.Errorf("%s %s: body is not JSON: %w", method, path, err)
		}
		if err := r.schema.Validate(v); err != nil {
			return r.name, fmt.Errorf("%s %s against %s: %v", method, path, r.name, err)
		}
		var raw any
		if err := json.Unmarshal(body, &raw); err != nil {
			return r.name, err
		}
		if err := checkLimits(raw); err != nil {
			return r.name, fmt.Errorf("%s %s: %w", method, path, err)
		}
		return r.name, nil
	}
	return "", nil
}

// checkLimits walks a payload for messages, embeds, components and choices
// and holds them to Discord's documented limits.
func checkLimits(v any) error {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	n := func(x any) int { s, _ := x.(string); return utf8.RuneCountInString(s) }
	var walk func(x any, key string)
	walk = func(x any, key string) {
		switch x := x.(type) {
		case map[string]any:
			if c, ok := x["content"]; ok && n(c) > 2000 {
				fail("content has %d characters, over 2000", n(c))
			}
			if id, ok := x["custom_id"]; ok && n(id) > 100 {
				fail("custom_id %q over 100 characters", id)
			}
			if es, ok := x["embeds"].([]any); ok {
				if len(es) > 10 {
					fail("%d embeds, over 10", len(es))
				}
				total := 0
				for _, e := range es {
					em, _ := e.(map[string]any)
					total += embedLimits(em, fail)
				}
				if total > 6000 {
					fail("embeds total %d characters, over 6000", total)
				}
			}
			if cs, ok := x["choices"].([]any); ok && key == "data" && len(cs) > 25 {
				fail("%d autocomplete choices, over 25", len(cs))
			}
			if cs, ok := x["components"].([]any); ok && key != "row" {
				if len(cs) > 5 {
					fail("%d component rows, over 5", len(cs))
				}
				for _, row := range cs {
					r, _ := row.(map[string]any)
					if inner, ok := r["components"].([]any); ok && len(inner) > 5 {
						fail("%d components in a row, over 5", len(inner))
					}
					walk(r, "row")
				}
			}
			for k, y := range x {
				if k == "components" && key != "row" {
					continue
				}
				walk(y, k)
			}
		case []any:
			for _, y := range x {
				walk(y, key)
			}
		}
	}
	walk(v, "")
	if len(errs) > 0 {
		return fmt.Errorf("over Discord's limits: %s", strings.Join(errs, "; "))
	}
	return nil
}

// embedLimits checks one embed and returns its character count.
func embedLimits(e map[string]any, fail func(string, ...any)) int {
	n := func(x any) int { s, _ := x.(string); return utf8.RuneCountInString(s) }
	total := n(e["title"]) + n(e["description"])
	if n(e["title"]) > 256 {
		fail("embed title %d characters, over 256", n(e["title"]))
	}
	if n(e["description"]) > 4096 {
		fail("embed description %d characters, over 4096", n(e["description"]))
	}
	if f, ok := e["footer"].(map[string]any); ok {
		total += n(f["text"])
		if n(f["text"]) > 2048 {
			fail("embed footer %d characters, over 2048", n(f["text"]))
		}
	}
	if a, ok := e["author"].(map[string]any); ok {
		total += n(a["name"])
	}
	fields, _ := e["fields"].([]any)
	if len(fields) > 25 {
		fail("%d embed fields, over 25", len(fields))
	}
	for _, f := range fields {
		fm, _ := f.(map[string]any)
		total += n(fm["name"]) + n(fm["value"])
		if n(fm["name"]) > 256 {
			fail("field name %d characters, over 256", n(fm["name"]))
		}
		if n(fm["value"]) > 1024 {
			fail("field value %d characters, over 1024", n(fm["value"]))
		}
	}
	return total
}

func TestSpecRejectsWhatDiscordWould(t *testing.T) {
	s := loadSpec(t)
	cases := []struct {
		name, method, path, body string
	}{
		{"unknown callback type", "POST", "/api/v9/interactions/1/tok/callback", `{"type": 99}`},
		{"content over 2000", "POST", "/api/v9/channels/1/messages", `{"content": "` + strings.Repeat("a", 2001) + `"}`},
		{"embed title over 256", "PATCH", "/api/v9/channels/1/messages/2", `{"embeds": [{"title": "` + strings.Repeat("a", 257) + `"}]}`},
		{"six buttons in a row", "POST", "/api/v9/interactions/1/tok/callback", `{"type": 4, "data": {"components": [{"type": 1, "components": [` + strings.TrimSuffix(strings.Repeat(`{"type": 2, "style": 2, "label": "x", "custom_id": "x"},`, 6), ",") + `]}]}}`},
		{"26 choices", "POST", "/api/v9/interactions/1/tok/callback", `{"type": 8, "data": {"choices": [` + strings.TrimSuffix(strings.Repeat(`{"name": "a", "value": "a"},`, 26), ",") + `]}}`},
		{"embeds over 6000 in total", "POST", "/api/v9/channels/1/messages", `{"embeds": [` + strings.TrimSuffix(strings.Repeat(`{"description": "`+strings.Repeat("a", 4000)+`"},`, 2), ",") + `]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := s.check(c.method, c.path, []byte(c.body)); err == nil {
				t.Errorf("check(%s %s) = nil, want an error", c.method, c.path)
			}
		})
	}
	if _, err := s.check("POST", "/api/v9/interactions/1/tok/callback", []byte(`{"type": 4, "data": {"content": "hi", "flags": 64}}`)); err != nil {
		t.Errorf("check(valid callback) = %v, want nil", err)
	}
}
