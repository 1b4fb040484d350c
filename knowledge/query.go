package knowledge

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/purplehearts/bot/knowledge/extract"
)

// queryer is what reads need: a *sql.DB or a *sql.Tx.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// loadEvidence reads the claims of film articles, of the given topics (all
// when topics is empty), with their articles' metadata.
func loadEvidence(ctx context.Context, q queryer, topics []Topic) ([]evidence, error) {
	query := `SELECT c.topic, c.stance, c.value, c.person, c.role, c.slot, c.text, s.text, c.start, c.stop, c.sentence,
			a.name, a.url, a.site, a.tier, a.source_key
		FROM claims c JOIN articles a ON a.id = c.article_id
		JOIN sentence_texts s ON s.article_id = c.article_id AND s.idx = c.sentence
		WHERE a.subject = 'film'`
	var args []any
	if len(topics) > 0 {
		query += ` AND c.topic IN (?` + strings.Repeat(`, ?`, len(topics)-1) + `)`
		for _, t := range topics {
			args = append(args, string(t))
		}
	}
	query += ` ORDER BY a.id, c.sentence, c.id`
	return readEvidence(ctx, q, query, args...)
}

// readEvidence runs a query whose columns are those of loadEvidence's.
func readEvidence(ctx context.Context, q queryer, query string, args ...any) ([]evidence, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("load claims: %w", err)
	}
	defer rows.Close()
	var out []evidence
	for rows.Next() {
		var e evidence
		var topic, stance, tier string
		if err := rows.Scan(&topic, &stance, &e.Value, &e.Person, &e.Role, &e.Slot, &e.Text, &e.Quote, &e.Start, &e.End, &e.Sentence,
			&e.File, &e.URL, &e.Site, &tier, &e.Source); err != nil {
			return nil, fmt.Errorf("load claim: %w", err)
		}
		e.Topic, e.Stance, e.Tier = Topic(topic), Stance(stance), Tier(tier)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Overview returns the verdict on every topic as of now.
func (s *Store) Overview(ctx context.Context, now time.Time) (Answer, error) {
	ev, err := loadEvidence(ctx, s.db, nil)
	if err != nil {
		return Answer{}, err
	}
	return Answer{Now: now.Format(time.DateOnly), Topics: judge(ev, now)}, nil
}

// Topic returns the verdict on one topic as of now.
func (s *Store) Topic(ctx context.Context, t Topic, now time.Time) (Verdict, error) {
	if !knownTopic(t) {
		return Verdict{}, fmt.Errorf("topic %q: %w", t, ErrNotFound)
	}
	topics := []Topic{t}
	if t == TopicRelease {
		topics = append(topics, TopicSequel) // a reported premiere changes "passed"
	}
	ev, err := loadEvidence(ctx, s.db, topics)
	if err != nil {
		return Verdict{}, err
	}
	var es []evidence
	for _, e := range ev {
		if e.Topic == t {
			es = append(es, e)
		}
	}
	return judgeTopic(t, es, ev, now), nil
}

func knownTopic(t Topic) bool {
	for _, x := range extract.Topics {
		if x == t {
			return true
		}
	}
	return false
}

// ParseTopic reads a topic name ("release", "cast", ...).
func ParseTopic(s string) (Topic, bool) {
	t := Topic(strings.ToLower(strings.TrimSpace(s)))
	return t, knownTopic(t)
}

// Articles lists the stored articles with what each claims.
func (s *Store) Articles(ctx context.Context) ([]ArticleInfo, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.url, a.title, a.site, a.tier, a.origin, a.label, a.subject FROM articles a ORDER BY a.name`)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	var out []ArticleInfo
	ids := map[int64]int{}
	for rows.Next() {
		var a ArticleInfo
		var id int64
		var tier, label string
		if err := rows.Scan(&id, &a.Name, &a.URL, &a.Title, &a.Site, &tier, &a.Origin, &label, &a.Subject); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list articles: %w", err)
		}
		a.Tier, a.Label, a.Claims = Tier(tier), Label(label), map[Topic]int{}
		ids[id] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	crows, err := s.db.QueryContext(ctx, `SELECT article_id, topic, stance, value, text FROM claims ORDER BY article_id, sentence`)
	if err != nil {
		return nil, fmt.Errorf("list claims: %w", err)
	}
	defer crows.Close()
	per := map[int]*facts{}
	for crows.Next() {
		var id int64
		var topic, stance, value, text string
		if err := crows.Scan(&id, &topic, &stance, &value, &text); err != nil {
			return nil, err
		}
		i, ok := ids[id]
		if !ok {
			continue
		}
		out[i].Claims[Topic(topic)]++
		if per[i] == nil {
			per[i] = &facts{}
		}
		f := per[i]
		if stance == string(extract.Asserted) {
			switch Topic(topic) {
			case TopicRelease:
				f.dates = appendNew(f.dates, text)
			case TopicCast:
				f.cast = appendNew(f.cast, value)
			}
		}
	}
	for i := range out {
		out[i].Summary = summary(out[i], per[i])
	}
	return out, crows.Err()
}

// facts are an article's asserted dates and cast, for its summary.
type facts struct {
	dates, cast []string
}

func summary(a ArticleInfo, f *facts) string {
	parts := []string{labelPhrase(a.Label)}
	if a.Subject != "film" {
		parts = []string{"about another work with the same name; not counted"}
	}
	if f != nil {
		if len(f.dates) > 0 {
			parts = append(parts, "release "+list(f.dates, 2))
		}
		if len(f.cast) > 0 {
			parts = append(parts, count(len(f.cast), "cast name"))
		}
	}
	return strings.Join(parts, "; ")
}

func labelPhrase(l Label) string {
	switch l {
	case extract.AssertsConfirmed:
		return "claims it is greenlit"
	case extract.SaysReleased:
		return "claims it is already out"
	case extract.SaysUnconfirmed:
		return "says nothing is confirmed"
	case extract.Debunks:
		return "debunks sequel claims"
	}
	return "unclear about the sequel"
}

func appendNew(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// topicWords maps question words to topics.
var topicWords = []struct {
	topic Topic
	re    *regexp.Regexp
}{
	{TopicRelease, regexp.MustCompile(`(?i)\b(when|` + releaseWords + `)\b`)},
	{TopicCast, regexp.MustCompile(`(?i)\b(who|` + castWords + `)\b`)},
	{TopicPlot, regexp.MustCompile(`(?i)\b(plot|about|story|happen\w*|synopsis|storyline|together|married|apart|spoilers?)\b`)},
	{TopicDirector, regexp.MustCompile(`(?i)\b(direct\w*|helm\w*)\b`)},
	{TopicTrailer, regexp.MustCompile(`(?i)\b(trailer|teaser|first\s+look)\b`)},
	{TopicAnnouncement, regexp.MustCompile(`(?i)\b(announce\w*)\b`)},
	{TopicProduction, regexp.MustCompile(`(?i)\b(film(?:ing|ed)|shoot\w*|production|wrap\w*)\b`)},
	{TopicSequel, regexp.MustCompile(`(?i)\b(is\s+there|sequel|part\s*2|confirmed|greenl\w*|renew\w*|happening|real|cancel\w*|official)\b`)},
}

// The words that ask for the release, or the cast, by themselves: "when"
// and "who" ask for them too, but not beside a word of another topic.
const (
	releaseWords = `release|releas\w+|date|come\s+out|coming\s+out|out\s+yet|premiere\w*|air|stream\w*|watch|drop\w*|on\s+netflix|available`
	castWords    = `cast|star(?:s|red|ring)?|actor\w*|actress\w*|in\s+it|plays?|playing|return\w*|back`
)

var (
	reReleaseWord = regexp.MustCompile(`(?i)\b(` + releaseWords + `)\b`)
	reCastWord    = regexp.MustCompile(`(?i)\b(` + castWords + `)\b`)
)

// reAboutSequel names the sequel itself: "is there" alone does not ("Is
// there a trailer?" asks about the trailer).
var reAboutSequel = regexp.MustCompile(`(?i)\b(sequel|part\s*(?:2|ii|two)|purple\s+hearts\s*(?:2|ii|two)|confirmed|greenl\w*|happening)\b`)

var reTerm = regexp.MustCompile(`[\p{L}\p{N}]{3,}`)

var reWord = regexp.MustCompile(`[\p{L}\p{N}'’-]+`)

var reAskName = regexp.MustCompile(`\b([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\b`)

// Ask answers a free-text question: the topics it names, narrowed to the
// people it names; when it names none, the topics of the sentences that
// best match it; failing that, the overview.
func (s *Store) Ask(ctx context.Context, question string, now time.Time) (Answer, error) {
	q := strings.TrimSpace(question)
	all, err := s.Overview(ctx, now)
	if err != nil {
		return Answer{}, err
	}
	all.Question = q
	if q == "" {
		return all, nil
	}
	wanted := map[Topic]bool{}
	for _, tw := range topicWords {
		if tw.re.MatchString(q) {
			wanted[tw.topic] = true
		}
	}
	// People the question names, known or not.
	var people []string
	lq := strings.ToLower(q)
	qwords := reWord.FindAllString(lq, -1)
	for _, v := range all.Topics {
		if v.Topic != TopicCast && v.Topic != TopicDirector {
			continue
		}
		for _, val := range v.Values {
			parts := strings.Fields(strings.ToLower(val.Value))
			if strings.Contains(lq, strings.ToLower(val.Value)) || len(parts) > 1 && slices.Contains(qwords, parts[len(parts)-1]) {
				people = appendNew(people, val.Value)
				wanted[v.Topic] = true
			}
		}
	}
	if len(people) == 0 && wanted[TopicCast] {
		// "Who plays Luke?": the people whose part the question names
		for _, v := range all.Topics {
			if v.Topic != TopicCast {
				continue
			}
			for _, val := range v.Values {
				if val.Role != "" && namesPart(qwords, val.Role) {
					people = appendNew(people, val.Value)
				}
			}
		}
	}
	if len(people) == 0 {
		for _, m := range reAskName.FindAllStringSubmatch(q, -1) {
			name := m[1]
			if first := strings.Fields(name)[0]; first == "Is" || first == "Will" || first == "When" || first == "Who" || first == "Does" {
				continue
			}
			if strings.Contains(name, "Purple") || strings.Contains(name, "Hearts") || strings.Contains(name, "Netflix") {
				continue // the film, in any language's question ("¿Habrá Purple Hearts 2?")
			}
			people = append(people, name)
			wanted[TopicCast] = true
		}
	}
	if len(wanted) == 0 {
		topics, err := s.searchTopics(ctx, q)
		if err != nil {
			return Answer{}, err
		}
		for _, t := range topics {
			wanted[t] = true
		}
	}
	if len(wanted) == 0 {
		return all, nil
	}
	// "Who directs it?" asks for the director: "who" alone does not ask
	// for the cast beside a word of another role.
	if wanted[TopicDirector] && wanted[TopicCast] && len(people) == 0 && !reCastWord.MatchString(q) {
		delete(wanted, TopicCast)
	}
	// "When was it announced?" asks for the announcement: "when" alone
	// does not ask for the release beside another topic.
	if wanted[TopicRelease] && !reReleaseWord.MatchString(q) && (wanted[TopicAnnouncement] || wanted[TopicProduction] || wanted[TopicTrailer]) {
		delete(wanted, TopicRelease)
	}
	// "Is there a sequel and when?" names the release: keep sequel only
	// when nothing more specific was asked.
	if len(wanted) > 1 && wanted[TopicSequel] && !reAboutSequel.MatchString(q) {
		delete(wanted, TopicSequel)
	}
	out := Answer{Now: all.Now, Question: q}
	for _, v := range all.Topics {
		if !wanted[v.Topic] {
			continue
		}
		if (v.Topic == TopicCast || v.Topic == TopicDirector) && len(people) > 0 {
			v = narrow(v, people)
		}
		out.Topics = append(out.Topics, v)
	}
	if len(out.Topics) == 0 && wanted[TopicCast] {
		out.Topics = append(out.Topics, narrow(Verdict{Topic: TopicCast}, people))
	}
	if len(out.Topics) == 0 {
		return all, nil
	}
	return out, nil
}

// narrow keeps only the named people of a verdict; a person no article
// names gets an "unknown" value saying so.
// namesPart reports whether the question's words name the character of a
// part ("Luke" in "Luke Morrow", "Joni" in "Cassie's loyal bandmate Joni"):
// a capitalised word of the part, three letters or more, not a possessive
// ("Luke's dad" is another part).
func namesPart(qwords []string, role string) bool {
	for _, w := range strings.Fields(role) {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			continue
		}
		w = strings.TrimRight(w, ",.;:)")
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		if slices.Contains(qwords, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func narrow(v Verdict, people []string) Verdict {
	var vals []Value
	for _, p := range people {
		found := false
		for _, val := range v.Values {
			if strings.EqualFold(val.Value, p) {
				vals = append(vals, val)
				found = true
			}
		}
		if !found && v.Topic == TopicCast {
			vals = append(vals, Value{Value: p, Text: p, Status: Unknown, Reason: "No article in the knowledge base names " + p + " in the sequel.", Sources: []Citation{}})
		}
	}
	if len(vals) == 0 {
		return v
	}
	v.Values = vals
	v.Status = vals[0].Status
	switch {
	case len(vals) == 1 && vals[0].Status == Unknown:
		v.Reason = vals[0].Reason
	case len(vals) == 1:
		v.Reason = fmt.Sprintf("%s is %s for the sequel: %s.", vals[0].Value, vals[0].Status, sourcesPhrase(vals[0]))
	}
	v.Sources = nil
	for _, val := range vals {
		v.Sources = append(v.Sources, val.Sources...)
	}
	if v.Sources == nil {
		v.Sources = []Citation{}
	}
	return v
}

func sourcesPhrase(v Value) string {
	sites := map[string]bool{}
	high := false
	for _, c := range v.Sources {
		sites[c.Site] = true
		if c.Tier != TierOther {
			high = true
		}
	}
	s := "named by " + count(len(sites), "site")
	if !high {
		s += ", none official or trade"
	}
	return s
}

// searchTopics finds the topics of the claims in the sentences that best
// match a question.
func (s *Store) searchTopics(ctx context.Context, q string) ([]Topic, error) {
	// the film's own name and the words every question has match every
	// sentence: they choose no topic ("will there be a Purple Hearts 3?")
	terms := slices.DeleteFunc(reTerm.FindAllString(strings.ToLower(q), -1), func(w string) bool { return searchStopWords[w] })
	if len(terms) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT c.topic FROM sentences_fts f
		JOIN sentences s ON s.id = f.docid
		JOIN claims c ON c.article_id = s.article_id AND c.sentence = s.idx
		WHERE sentences_fts MATCH ? LIMIT 3`, strings.Join(terms, " OR "))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var out []Topic
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, err
		}
		out = append(out, Topic(t))
	}
	return out, rows.Err()
}

var searchStopWords = map[string]bool{"purple": true, "hearts": true, "heart": true, "netflix": true, "sequel": true, "movie": true, "film": true,
	"the": true, "and": true, "will": true, "there": true, "what": true, "when": true, "who": true, "how": true, "does": true, "did": true, "was": true,
	"are": true, "for": true, "about": true, "with": true, "this": true, "that": true, "any": true, "get": true, "yet": true, "its": true, "can": true}

// Suggest returns autocomplete choices matching prefix: questions, people,
// dates and sources the knowledge base knows.
func (s *Store) Suggest(ctx context.Context, prefix string, limit int) ([]Suggestion, error) {
	if limit <= 0 || limit > 25 {
		limit = 25
	}
	var cands []Suggestion
	for _, q := range []string{"Is there a Purple Hearts 2?", "When does Purple Hearts 2 come out?", "Who is in the cast?", "What is the plot?", "Is there a trailer?", "Who is directing it?"} {
		cands = append(cands, Suggestion{Name: q, Value: q})
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.topic, c.value, min(c.text), count(DISTINCT a.source_key) n FROM claims c JOIN articles a ON a.id = c.article_id
		WHERE a.subject = 'film' AND c.topic IN ('cast', 'director', 'release') GROUP BY c.topic, c.value ORDER BY n DESC, c.value`)
	if err != nil {
		return nil, fmt.Errorf("suggest: %w", err)
	}
	for rows.Next() {
		var topic, value, text string
		var n int
		if err := rows.Scan(&topic, &value, &text, &n); err != nil {
			rows.Close()
			return nil, err
		}
		switch Topic(topic) {
		case TopicCast:
			cands = append(cands, Suggestion{Name: "Is " + value + " in it?", Value: "Is " + value + " in it?"})
		case TopicDirector:
			cands = append(cands, Suggestion{Name: "Is " + value + " directing?", Value: "Is " + value + " directing?"})
		case TopicRelease:
			cands = append(cands, Suggestion{Name: "Is it coming out " + text + "?", Value: "When is the release? (" + value + ")"})
		}
	}
	rows.Close()
	arts, err := s.Articles(ctx)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		cands = append(cands, Suggestion{Name: "What does " + a.Site + " say? (" + a.Name + ")", Value: "sources " + a.Name})
	}
	p := strings.ToLower(strings.TrimSpace(prefix))
	var out []Suggestion
	seen := map[string]bool{}
	for _, c := range cands {
		if len(c.Name) > 100 {
			c.Name = c.Name[:97] + "..."
		}
		if len(c.Value) > 100 {
			c.Value = c.Value[:100]
		}
		if seen[c.Name] || p != "" && !strings.Contains(strings.ToLower(c.Name), p) {
			continue
		}
		seen[c.Name] = true
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return strings.HasPrefix(strings.ToLower(out[i].Name), p) && !strings.HasPrefix(strings.ToLower(out[j].Name), p)
	})
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}
