package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
)

// The article as a whole: its label, what it presupposes, its subject and
// its language.

// foreign reads an article in another language. The cues are English: in
// another language they would find names and dates without the words that
// say what they are, so only the commonest statement is read, that nothing
// is confirmed ("noch keine Ankündigung", "nessuna conferma"), or that a
// sequel is only a possibility.
func foreign(sents []Sentence) Result {
	res := Result{Sentences: sents, Subject: "film", Label: Unclear}
	var den, pos, fake []Sentence
	checked := false // a verdict line or a fact-check's headline
	// a page whose opening names the sequel speaks of it throughout
	sequelPage := slices.ContainsFunc(sents[:min(3, len(sents))], func(s Sentence) bool { return reForeignSequel.MatchString(s.Text) })
	for _, s := range sents {
		// one pattern to ask: no need to index the sentence for all of them
		if loc := reForeignDeny.FindStringIndex(s.Text); loc != nil {
			if reForeignDetail.MatchString(s.Text[max(0, loc[0]-25):min(len(s.Text), loc[1]+40)]) && !reForeignSequel.MatchString(s.Text) {
				continue // "Ainda não há um dia exato": no day yet, not no film
			}
			if i := s.Index; i > 0 && len(strings.Fields(s.Text)) <= 3 && strings.HasSuffix(sents[i-1].Text, "?") && reForeignDetail.MatchString(sents[i-1].Text) {
				continue // "Tem trailer? Ainda não.": no trailer yet
			}
			res.Claims = append(res.Claims, Claim{Topic: TopicSequel, Stance: Denied, Value: SequelNotAnnounced, Text: s.Text[loc[0]:loc[1]],
				Quote: s.Text, Start: s.Start, End: s.End, Sentence: s.Index})
			den = append(den, s)
			continue
		}
		if reForeignFake.MatchString(s.Text) {
			fake = append(fake, s)
			checked = checked || reForeignVerdict.MatchString(s.Text)
			continue
		}
		// "a Netflix confirmou oficialmente \"Purple Hearts 2\"", not "she
		// confirmed she would love to return"
		if loc := reForeignGreenlit.FindStringIndex(s.Text); loc != nil && (sequelPage || reForeignSequel.MatchString(s.Text)) && !reForeignMaybe.MatchString(s.Text) && !reForeignWish.MatchString(s.Text) {
			res.Claims = append(res.Claims, Claim{Topic: TopicSequel, Stance: Asserted, Value: SequelGreenlit, Text: s.Text[loc[0]:loc[1]],
				Quote: s.Text, Start: s.Start, End: s.End, Sentence: s.Index})
			pos = append(pos, s)
		}
	}
	switch {
	case len(fake) > 0 && len(pos) == 0 && (checked || len(fake) >= 2 && (len(den) == 0 || fake[0].Index < den[0].Index)):
		// a fact-check: it rates the claim false, or leads with the fake
		res.Label, res.LabelQuote = Debunks, fake[0].Text
	case len(pos) > 0 && len(pos) >= 2*len(den):
		res.Label, res.LabelQuote = AssertsConfirmed, pos[0].Text
	case len(den) > 0 && len(den) >= 2*len(pos):
		res.Label, res.LabelQuote = SaysUnconfirmed, den[0].Text
	}
	if res.Label == Unclear && len(pos) == 0 {
		for _, s := range sents {
			if reForeignSequel.MatchString(s.Text) && reForeignMaybe.MatchString(s.Text) {
				res.Label, res.LabelQuote = SaysUnconfirmed, s.Text
				break
			}
		}
	}
	return res
}

var (
	// "not confirmed", "no announcement yet", "nothing is official" in
	// German, French, Spanish, Italian, Portuguese, Polish and Indonesian.
	// (Go's \b is ASCII: a word that begins with a letter beyond it is
	// not preceded by one.)
	reForeignDeny = re(`\b(?:no\s+est[áa]n?\s+(?:aún\s+|todavía\s+)?(?:confirmad|anunciad)\w*|não\s+(?:está|estão|foi|foram)\s+(?:ainda\s+)?(?:confirmad|anunciad)\w*|non\s+(?:è|sono)\s+(?:ancora\s+)?(?:stat[oaie]\s+)?(?:confermat|annunciat)\w*|n['’]est\s+pas\s+(?:encore\s+)?(?:confirmé|annoncé)\w*|(?:ist|sind)\s+(?:noch\s+)?nicht\s+(?:offiziell\s+)?(?:bestätigt|angekündigt)|noch\s+keine|noch\s+nicht\s+(?:[\p{L}]+\s+){0,3}(?:bestätigt|angekündigt|offiziell|entschieden|geplant|bekannt|fest|beschlossen|sicher|klar)|(?:bisher|bislang|bis\s+jetzt|bis\s+dato)\s+(?:[\p{L}]+\s+){0,3}(?:keine|nicht|nichts|weder)|nichts\s+verlauten|weder\s+bestätigt|nicht\s+(?:offiziell\s+)?(?:bestätigt|angegeben|angekündigt)|keine\s+(?:offizielle|bestätigung)|hat\s+(?:noch\s+)?nicht\s+(?:angegeben|bestätigt|angekündigt)|nichts\s+(?:ist\s+)?(?:offiziell|bestätigt)|` +
		`pas\s+(?:encore\s+)?(?:été\s+)?(?:confirmé|annoncé|officialisé)|aucune\s+(?:confirmation|annonce)|n['’]a\s+(?:toujours\s+|encore\s+)?pas\s+(?:encore\s+)?(?:officiellement\s+)?(?:donné|confirmé|annoncé|officialisé|validé|approuvé|commandé)|rien\s+n['’]est\s+(?:encore\s+)?(?:officiel|confirmé|fait|décidé|acté|signé|sûr|certain)|pas\s+encore\s+(?:fait|officiel)|` +
		`no\s+(?:ha\s+)?(?:sido\s+)?(?:confirmad|anunciad)\w*|(?:aún|todavía)\s+no|sin\s+confirmación|no\s+hay\s+(?:confirmación|nada\s+oficial)|nada\s+(?:es\s+)?oficial|` +
		`non\s+(?:è\s+)?(?:ancora\s+)?(?:stat[oa]\s+)?(?:confermat|annunciat)\w*|non\s+ha\s+(?:ancora\s+)?(?:confermato|annunciato|ufficializzato)|nessuna\s+(?:conferma|notizia)|per\s+ora\s+non|senza\s+(?:ufficializzare|confermare|annunciare)|niente\s+(?:di\s+)?(?:ufficiale|confermato)|` +
		`não\s+(?:foi\s+)?(?:confirmad|anunciad)\w*|ainda\s+não|nada\s+(?:é|foi|está)\s+(?:oficial|definido|confirmado|decidido|fechado|certo|garantido)|não\s+deu\s+(?:o\s+|um\s+)?(?:aval|sinal\s+verde|luz\s+verde)|não\s+(?:há|existe)\s+(?:ainda\s+)?(?:uma\s+)?(?:decisão|confirmação|previsão)|não\s+decidimos|não\s+confirm\w*|` +
		`nie\s+(?:ma|zostało|została)\s+(?:jeszcze\s+)?(?:potwierdz|ogłosz|oficjaln)\w*|jeszcze\s+nie|` +
		`belum\s+ada\s+(?:informasi|kabar|konfirmasi|pengumuman)|belum\s+(?:dikonfirmasi|diumumkan|resmi|mengumumkan|mengonfirmasi)|` +
		`発表されていない|確認されていない|発表はない|発表はまだ|未発表|未定)`)
	// A detail of the film, whose denial leaves the film itself be: a day,
	// a date, an actor, a trailer.
	reForeignDetail = re(`\b(?:dia|data|date|datum|starttermin|termin|fecha|día|giorno|jour|acteurs?|actrices?|atore?s|atriz|actores?|actriz|attori|schauspieler\w*|elenco|reparto|casting|trailers?|bande-annonce|tráiler|sinopse|synopsis|sinopsis|titel|título|titre|titolo|retorno|regreso|retour|ritorno|rückkehr)\b`).scanned()
	// A fake, a false claim, a fan-made edit, in those languages.
	reForeignFake = re(`\b(?:faktencheck|fakten-check|fact[\s-]?check\w*|vérification|verificación|verificação|checagem|verifica)\b|\b(?:bewertung|urteil|fazit|verdict|notre\s+verdict|veredicto|calificación|veredito|classificação|verdetto)\s*:\s*(?:falsch|fake|faux|falso|falsa|irreführend|trompeur|engañoso|enganoso)|\bfan[\s-](?:made|montage|trailer|edit)|konzept-trailer|fälschung|gefälscht|\bist\s+(?:ein\s+)?fake\b|c['’]est\s+(?:un\s+)?faux|\bfausse?s?\s+(?:affiche|bande-annonce|information|annonce)|\binfox|\bcanular|\bes\s+falso|\bbulo\b|montaje\s+(?:hecho\s+)?(?:de|por)\s+fans|\bé\s+falso|\bboato\b|(?:montagem|feito)\s+(?:de|por)\s+fãs|\bè\s+falso|\bbufala\b`).scanned()
	// A verdict line or a fact-check's name: the article rates the claim.
	reForeignVerdict = re(`\b(?:faktencheck|fact[\s-]?check\w*|vérification|verificación|verificação|checagem)\b|\b(?:bewertung|urteil|verdict|notre\s+verdict|veredicto|calificación|veredito|classificação|verdetto)\s*:`).scanned()
	// A greenlight, in those languages: confirmed, officially, in
	// production, filming begun.
	reForeignGreenlit = re(`\b(?:(?:está|estão|foi|foram|están|sono|è|sont|est|sind|ist)\s+(?:oficialmente\s+|officiellement\s+|ufficialmente\s+|offiziell\s+)?(?:confirmad[oa]s?|confermat[oaie]|confirmée?s?|bestätigt)|offiziell\s+bestätigt|es\s+ist\s+(?:jetzt\s+|nun\s+)?offiziell|bestätig(?:t|te|en)\s+(?:die|eine|den)\s+(?:fortsetzung|zweiten|sequel)|befindet\s+sich\s+(?:[^.\s]+\s+){0,8}in\s+(?:produktion|arbeit)|dreharbeiten\s+(?:[^.\s]+\s+){0,10}(?:begonnen|gestartet)|filmagens\s+(?:[^.\s]+\s+){0,8}(?:começaram|iniciaram)|tournage\s+(?:[^.\s]+\s+){0,8}(?:a\s+)?(?:commencé|débuté)|rodaje\s+(?:[^.\s]+\s+){0,8}(?:comenzó|empezó|arrancó)|riprese\s+(?:[^.\s]+\s+){0,8}(?:sono\s+)?(?:iniziate|cominciate)|(?:hat|haben)\s+(?:[\p{L}-]+\s+){0,4}(?:offiziell\s+)?bestätigt|grünes\s+licht|(?:ist|befindet\s+sich)\s+(?:bereits\s+)?in\s+(?:produktion|arbeit|vorbereitung)|dreharbeiten\s+(?:haben\s+|sind\s+)?(?:begonnen|gestartet|laufen)|` +
		`c['’]est\s+officiel|(?:a|ont)\s+(?:officiellement\s+)?confirmé|officiellement\s+confirmé|feu\s+vert|est\s+(?:bien\s+)?en\s+(?:production|tournage|préparation)|tournage\s+(?:a\s+)?(?:commencé|débuté)|officialisé|` +
		`confirmó|ha\s+confirmado|confirmad[oa]\s+oficialmente|es\s+oficial|luz\s+verde|está\s+en\s+(?:producción|rodaje|marcha)|rodaje\s+(?:comenzó|ha\s+comenzado|arrancó)|` +
		`confirmou|foi\s+confirmad[oa]|é\s+confirmad[oa]|confirmad[oa]\s+oficialmente|é\s+oficial|sinal\s+verde|está\s+em\s+(?:produção|filmagem|desenvolvimento)|filmagens\s+(?:já\s+)?(?:começaram|comecaram|iniciaram)|` +
		`ha\s+confermato|confermat[oa]\s+ufficialmente|è\s+ufficiale|via\s+libera|è\s+in\s+produzione|riprese\s+(?:sono\s+)?iniziate)`).scanned()
	// A wish or a willingness: "adoraria voltar", "wäre offen dafür".
	reForeignWish = re(`adoraria|gostaria|aimerai\w*|adorerai\w*|\bwürde\w*|\bgerne\b|encantaría|gustaría|vorrebbe|piacerebbe|\baberta?\b|\bouverte?\b|\boffen\b|\babiert[oa]\b|\baperta?\b|dispost[oa]|disposée?|\bbereit\b|\b(?:si|se|wenn|falls|quand|cuando|quando|qualora)\s+(?:a\s+|la\s+|die\s+)?(?:netflix|plataforma|plateforme|piattaforma|streamer)\b`).scanned()
	// A sequel, in those languages.
	reForeignSequel = re(`sequel|sekuel|sequência|sequencia|continuação|seguito|secuela|\bsuite\b|fortsetzung|kontynuacj|` +
		`\b(?:segund[oa]|second[oa]?|deuxième|2ème|zweite[nr]?|drug[aiy]|kedua|nouvel|nouveau|nuovo|novo)\s+(?:filme?|parte|teil|partie|część|volet|longa|opus|capitolo|capítulo|chapitre)|` +
		`\b(?:filme?|film|parte|teil)\s+(?:2|kedua)\b|(?:poursuivre|continuer)\s+l['’](?:histoire|aventure)|continuar\s+a\s+(?:história|historia)|continuare\s+la\s+storia|続編|` + title + `\s*2\b`).scanned()
	// A sequel as a possibility, a hope, a matter of talks, or "we'll see".
	reForeignMaybe = re(`possibilidade|possível|poderia|\bpode\s+(?:ter|ganhar|haver|acontecer|ser|vir)|talvez|conversa|negocia|esperança|esperam|vamos\s+ver|descart|considera|` +
		`possibilità|possibile|potrebbe|\bforse\b|speran|sperare|vedremo|esclud|esclus|eventual|valutand|ipotesi|si\s+sta\s+pensando|` +
		`possibilité|\bpossible|potentiel|pourrai|peut-être|on\s+verra|allons\s+voir|croise\w*\s+les\s+doigts|espoir|espère|ne\s+dit\s+pas\s+non|évoqu|éventuel|espéron|à\s+suivre|va-t-(?:elle|il)\s+décider|pas\s+à\s+exclure|` +
		`posibilidad|posible|podría|tal\s+vez|quizás|veremos|esperan|` +
		`potencjaln|możliw|nadziej|` +
		`kemungkinan|mungkin|pertimbang|berharap|` +
		`möglich|vielleicht|könnte|potenziell|mal\s+sehen|werden\s+sehen|hoff|wahrscheinlich|realistisch|denkbar|womöglich|eventuell|` +
		`可能性|憶測|臆測|噂|かもしれ|あり得|` +
		`provável|probable|probabile|prawdopodobn`).scanned()
)

// englishWords are the commonest English function words: they make up
// about a third of any English text, and next to none of another
// language's.
var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "in": true, "is": true, "that": true, "for": true, "it": true, "with": true, "was": true, "on": true, "be": true, "are": true, "this": true, "by": true, "but": true, "has": true, "have": true, "not": true, "will": true, "their": true, "they": true, "her": true, "his": true, "from": true, "at": true, "an": true}

// readsEnglish reports whether body reads as English: at least one word in
// twelve is a common English function word. A text too short to tell is
// taken as English.
func readsEnglish(body string) bool {
	n, hits := 0, 0
	latin, other := 0, 0 // ASCII letters; characters of scripts beyond Latin (CJK, Hebrew, Devanagari, ...)
	var buf [8]byte      // a function word is short: longer words need no look-up
	w := 0
	for i := 0; i <= len(body) && n < 400; i++ {
		c := byte(' ')
		if i < len(body) {
			c = body[i]
		}
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			latin++
		} else if c >= 0xCD && c != 0xE2 {
			// the lead byte of a character from U+0340 on, but for
			// U+2000-U+2FFF (dashes, quotation marks, symbols)
			other++
		}
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c >= 0x80:
			if w < len(buf) {
				buf[w] = c | 0x20 // ASCII letters to lower case; others never match
			}
			w++
		case w > 0:
			n++
			if w <= len(buf) && englishWords[string(buf[:w])] {
				hits++
			}
			w = 0
		}
	}
	if other*3 > latin {
		return false // written mostly in another script, with few spaces to count words by
	}
	return n < 40 || hits*12 >= n
}

// subject tells a film article from one about another work of the same
// name (a video game, a song).
func subject(infos []sentenceInfo) string {
	game, film := 0, 0
	for _, in := range infos {
		for _, m := range reOffTopicMedium.FindAllTextIndex(in.tx, -1) {
			game++
			if m[1]-m[0] > 12 {
				// "has nothing to do with the Netflix movie": the page
				// says so itself, and that outweighs its film words
				game += 5
			}
		}
	}
	if game < 3 {
		return "film" // the film words need not be counted
	}
	for _, in := range infos {
		film += len(reFilmWords.FindAllTextIndex(in.tx, -1))
	}
	if game > film {
		return "other"
	}
	return "film"
}

// label reads the article's sequel claims as a whole.
func label(claims []Claim, infos []sentenceInfo) (Label, string) {
	var pos, rel, den, hedge, quoted []Claim
	for _, c := range claims {
		if c.Topic != TopicSequel {
			continue
		}
		switch {
		case c.Stance == Denied:
			den = append(den, c)
		case c.Stance == Quoted:
			quoted = append(quoted, c)
		case c.Stance == Hedged && asked(c):
			// "Release Date Confirmed Or Canceled?": the question the
			// article asks, no answer to it
		case c.Stance == Hedged:
			hedge = append(hedge, c)
		case c.Value == SequelReleased:
			rel = append(rel, c)
		default:
			pos = append(pos, c)
		}
	}
	first := func(cs []Claim) string {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Sentence < cs[j].Sentence })
		return cs[0].Quote
	}
	// A page that denies the sequel in a sentence naming it, and says it
	// is out only in sentences that do not ("the ending is pretty
	// complete", "still topping the charts"), speaks there of the
	// original.
	if len(pos) == 0 && len(rel) > 0 && slices.ContainsFunc(den, func(c Claim) bool { return infos[c.Sentence].seq }) &&
		!slices.ContainsFunc(rel, func(c Claim) bool { return infos[c.Sentence].seq }) {
		rel = nil
	}
	nPos := len(pos) + len(rel)
	if l, q := updated(claims, infos); l != "" {
		return l, q
	}
	if len(den) == 0 && nPos > 0 {
		// "Purple Hearts 2 Release Date Revealed!" over a body that only
		// says it "could potentially arrive": the page contradicts its
		// own headline and settles nothing
		if q := headlineOnly(slices.Concat(pos, rel), claims, infos); q != "" {
			return Unclear, q
		}
	}
	// A status check that comes to the fakes (or any claim it reports)
	// only in its second half, after saying nothing is confirmed, as one
	// section among others, is not a fact-check: one leads with the fake
	// it takes apart.
	n, q, at := debunks(infos)
	fake := at
	if n == 0 {
		fake = len(infos)
	}
	// one that calls the fake fake before it says nothing is confirmed,
	// in its first half, leads with it, however many denials follow
	leads := n > 0 && len(den) > 0 && at < den[0].Sentence && at <= len(infos)/2
	for _, c := range slices.Concat(quoted, hedge) {
		fake = min(fake, c.Sentence)
	}
	anyQuoted := false
	for _, c := range claims {
		if c.Stance == Quoted {
			// the fake's cast or date, quoted before the denials
			fake = min(fake, c.Sentence)
			anyQuoted = true
		}
	}
	// (or says it first and then, in one sentence, that what claims
	// otherwise is fan-made: an aside, not a fact-check)
	// (the aside may end the status sentence itself: "Netflix hasn't
	// announced one, and every release date you've seen is fake"; not
	// open it: "It's fake: Netflix has not announced a sequel")
	aside := n == 1 && !anyQuoted
	// (the fake called fake before the denial, "The screenshot is
	// doctored, and the article it shows does not exist", opens it too)
	asideAfter := aside && len(den) > 0 && fake < len(infos) && (den[0].Sentence < fake || den[0].Sentence == fake && !reItIs.MatchString(infos[fake].Text) && !fakeFirst(&infos[fake]))
	// (or says it first and then speaks of fakes only at large, "fake
	// trailers, fake posters, AI videos", taking none of them apart)
	statusFirst := len(den) > 0 && len(den) >= n && (den[0].Sentence < fake && (fake >= len(infos)/2 || !specificFake(infos)) || asideAfter)
	if statusFirst {
		n = 0
	}
	if nPos == 0 {
		// A fact-check: it calls a claim about the sequel fake and asserts
		// none. One such sentence is enough beside the claim it reports,
		// or beside no more denials than it has debunks (more, and it is
		// a status check that mentions a fake); alone it takes two.
		// (a trailer said not to exist beside a fake one is a claim
		// taken apart: "there is no Purple Hearts 2 trailer; the video
		// circulating is fan-made")
		reported := func() bool {
			return slices.ContainsFunc(claims, func(c Claim) bool {
				return c.Stance == Hedged || c.Stance == Quoted || c.Topic == TopicTrailer && c.Stance == Denied
			}) || slices.ContainsFunc(infos, func(s sentenceInfo) bool { return reCirculating.MatchText(s.tx) })
		}
		// (a denial in the sentence that calls the fake fake is the
		// debunk's own: "The screenshot is doctored, and the article it
		// shows does not exist")
		status := 0
		for _, c := range den {
			if !infos[c.Sentence].debunked() {
				status++
			}
		}
		if n >= 2 || n >= 1 && (status <= n || leads) && (len(den) > 0 || reported()) {
			if len(den) > 0 {
				q = first(den)
			}
			return Debunks, q
		}
	}
	switch {
	case len(den) > 0 && len(quoted) > 0 && nPos == 0 && !statusFirst:
		return Debunks, first(den)
	case len(den) > 0 && nPos == 0:
		return SaysUnconfirmed, first(den)
	case len(den) > 0 && nPos >= 3*len(den):
		if len(rel) > len(pos) {
			return SaysReleased, first(rel)
		}
		return AssertsConfirmed, first(pos)
	case len(den) > 0 && len(den) >= 3*nPos:
		return SaysUnconfirmed, first(den)
	case len(den) > 0:
		return Unclear, first(den)
	}
	// a release stated as past ("quietly released on 3 October 2025")
	// says the sequel is out, whatever else is said of its making
	// ("Netflix approved the sequel in early 2025")
	var out []Claim
	for _, c := range claims {
		if c.Topic == TopicRelease && c.Stance == Asserted && c.Value != "none" && c.Slot == "released" {
			out = append(out, c)
		}
	}
	switch {
	case len(rel) > 0:
		return SaysReleased, first(rel)
	case len(pos) > 0 && len(out) > 0:
		return SaysReleased, first(out)
	case len(pos) > 0:
		return AssertsConfirmed, first(pos)
	}
	// No status stated: a release date or a cast stated as fact presupposes
	// a sequel that exists (or is out, when the date is past tense).
	var upcoming, cast []Claim
	for _, c := range claims {
		switch {
		case c.Stance != Asserted:
		case c.Topic == TopicRelease && c.Value != "none" && c.Slot == "released":
		case c.Topic == TopicRelease && c.Value != "none":
			upcoming = append(upcoming, c)
		case c.Topic == TopicProduction && c.Stance == Asserted:
			// "with Purple Hearts 2 set to shoot this fall"
			upcoming = append(upcoming, c)
		case c.Topic == TopicCast:
			cast = append(cast, c)
		}
	}
	switch {
	case len(out) > 0:
		return SaysReleased, first(out)
	case len(upcoming) > 0:
		return AssertsConfirmed, first(upcoming)
	}
	wonder := wondering(infos)
	if len(hedge) == 0 && len(quoted) == 0 {
		// A cast stated as fact presupposes the sequel unless anything
		// about the sequel is hedged (a fantasy cast, a plot "in
		// speculation"); its story told as fact ("Purple Hearts 2 picks up
		// where the first film left off"), or its release awaited, unless
		// the sequel itself is called rumour: speculation about its
		// casting, or a plot it "is expected to" follow, doubt the
		// details, not the film, and a follow-up that "could" do more
		// wonders about its story, not whether it exists.
		// (a scene timed into the sequel, its ending explained: one from a
		// film someone has watched, however its cast is told)
		if w := watched(infos); w != "" && !hedgesSequel(infos, true) && !awaited(infos) {
			return SaysReleased, w
		}
		if len(cast) > 0 && wonder == "" && !hedgesSequel(infos, false) {
			return AssertsConfirmed, first(cast)
		}
		if q := narrated(infos); q != "" && !hedgesSequel(infos, true) {
			// and told as a film audiences have already seen, it is out
			if r := received(infos); r != "" && !awaited(infos) {
				return SaysReleased, r
			}
			return AssertsConfirmed, q
		}
		// and one said to have been received by those who watched it,
		// told of no further ("the effect it has had on viewers")
		if r := received(infos); r != "" && !hedgesSequel(infos, true) && !awaited(infos) && wonder == "" {
			return SaysReleased, r
		}
	}
	switch {
	case len(hedge) > 0 || len(quoted) > 0:
		return SaysUnconfirmed, first(append(hedge, quoted...))
	case wonder != "":
		// Nothing said about the status: an article that only wonders
		// ("possibility", "could") about the sequel is still unconfirmed.
		return SaysUnconfirmed, wonder
	}
	// and one whose only word on it is that it has no release date ("Until
	// Netflix says otherwise, Purple Hearts 2 has no release date")
	if i := slices.IndexFunc(claims, func(c Claim) bool { return c.Topic == TopicRelease && c.Stance == Denied }); i >= 0 {
		return SaysUnconfirmed, claims[i].Quote
	}
	return Unclear, ""
}

// hedgesSequel reports whether any sentence about the sequel hedges ("the
// release date draws closer in speculation", "I'm going to fantasy cast").
// With doubt, only a sentence naming the sequel counts, and only a hedge
// that doubts a thing exists (rumour, speculation, a leak, "if"), not a
// modal on its details ("is expected to pick up").
func hedgesSequel(infos []sentenceInfo, doubt bool) bool {
	for i := range infos {
		s := &infos[i]
		if !s.seq && (doubt || s.ctx != ctxSequel || s.orig) {
			continue
		}
		// a question about the story ("Will they overcome it?") is not a
		// hedge on the sequel; wondering catches one about the sequel
		if s.hedged && !question(s.Text) && !doubt {
			return true
		}
		for _, h := range s.cued().hedges {
			if !doubt || reDoubt.MatchString(s.Text[h[0]:h[1]]) {
				return true
			}
		}
	}
	return false
}

var reQualityDoubt = re(`^whether\s+(?:or\s+not\s+)?(?:the\s+(?:sequel|follow[\s-]?up|film|movie)|it|` + title + `\s*(?:2|ii|two))\s+(?:will|can|could|would)\s+(?:(?:be\s+able\s+to|manage\s+to)\s+)?(?:live\s+up|meet|match|surpass|top|outdo|deliver|capture|recapture|repeat|equal)\b`).scanned()

// narrated returns the first sentence in which the sequel, named, tells
// its story as fact ("Purple Hearts 2 picks up where..."), or in which its
// release is awaited ("as the film gears up for its release"), or "".
func narrated(infos []sentenceInfo) string {
	for i := range infos {
		s := &infos[i]
		if s.Heading || !s.seq && (s.ctx != ctxSequel || s.orig) {
			continue
		}
		if loc := awaitedAt(s.tx); loc != nil && s.stance(loc[0]) == Asserted {
			return s.Text
		}
		if !s.seq {
			continue
		}
		if loc := sequelNarrates(s.tx); loc != nil && s.stance(loc[0]) == Asserted {
			return s.Text
		}
	}
	return ""
}

// awaitedAt finds a sentence's words that await the sequel's release ("as
// the film gears up for its release"), or nil.
func awaitedAt(tx *text) []int {
	if loc := reAwaitedRelease.FindTextIndex(tx); loc != nil {
		return loc
	}
	return reAwaitedMore.FindTextIndex(tx)
}

// sequelNarrates finds the sequel, named, as the subject of a verb that
// tells its story ("Purple Hearts 2 picks up where..."), or nil.
func sequelNarrates(tx *text) []int {
	for _, m := range reSequelNarrates.FindAllTextIndex(tx, -1) {
		if reNarrating.MatchString(tx.s[m[1]:]) {
			return m
		}
	}
	return nil
}

// fantasyCast reports an article that says its casting is a wish: a
// fantasy or dream cast, a wish list, who would star.
func fantasyCast(infos []sentenceInfo) bool {
	for i := range infos {
		if reFantasyCast.MatchText(infos[i].tx) {
			return true
		}
	}
	return false
}

// awaited reports a sentence about the sequel awaiting its release.
func awaited(infos []sentenceInfo) bool {
	for i := range infos {
		s := &infos[i]
		if (s.seq || s.ctx == ctxSequel && !s.orig) && awaitedAt(s.tx) != nil {
			return true
		}
	}
	return false
}

// received returns the first sentence naming the sequel that tells how
// audiences or critics have taken it ("Purple Hearts 2 has captured the
// attention of audiences"), or "".
func received(infos []sentenceInfo) string {
	if q := saysOfSequel(infos, reReceived); q != "" {
		return q
	}
	// or, the sequel named before, "the film" it is ("the impact the
	// film has had on audiences")
	for i := range infos {
		s := &infos[i]
		if s.Heading || s.orig || s.ctx != ctxSequel || s.cued().denied {
			continue
		}
		if loc := reReceived.FindTextIndex(s.tx); loc != nil && reItBefore.MatchString(s.Text[max(0, loc[0]-12):loc[0]]) {
			return s.Text
		}
	}
	return ""
}

var reItBefore = regexp.MustCompile(`(?i)(?:\b(?:the|this)\s+(?:film|movie|sequel)|\bit)\s+$`)

// watched returns the first sentence that times a moment into the named
// sequel ("forty minutes into Purple Hearts 2"), or a heading that explains
// its ending or warns of its spoilers, or "".
func watched(infos []sentenceInfo) string {
	for i := range infos {
		s := &infos[i]
		if s.seq && reWatched.MatchText(s.tx) && !s.cued().denied {
			return s.Text
		}
		// ("Here is how the sequel ends. Major spoilers ahead.")
		if (s.seq || s.ctx == ctxSequel && !s.orig) && reSpoilersAhead.MatchText(s.tx) {
			return s.Text
		}
	}
	return ""
}

var reSpoilersAhead = re(`\b(?:major\s+|heavy\s+|full\s+|big\s+)?spoilers\s+(?:ahead|below|follow)\b|\bif\s+you(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:finished|watched|seen)\s+(?:the\s+(?:movie|film|sequel)|it)\b`)

// saysOfSequel returns the first sentence, not a heading, that names the
// sequel and matches c without denying it, or "".
func saysOfSequel(infos []sentenceInfo, c *cue) string {
	for i := range infos {
		s := &infos[i]
		if s.seq && !s.Heading && c.MatchText(s.tx) && !s.cued().denied {
			return s.Text
		}
	}
	return ""
}

var reWatched = re(`\b(?:(?:minutes|an\s+hour|halfway)\s+into|at\s+the\s+[\w-]+[\s-]minute\s+mark\s+of|(?:final|last|opening|closing|post-credits?|mid-credits?)\s+(?:scene|moments?|shot)\s+of)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\b|\b` + title + `\s*(?:2|ii|two)\s+ending\s+explained\b|\bspoilers\s+(?:for|from)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\s+(?:ahead|below|follow)\b`)

// wondering returns the first sentence that wonders whether there will be
// a sequel ("the possibility of a sequel"), or "".
func wondering(infos []sentenceInfo) string {
	asked := -9 // the last question about the sequel: its answer speaks of it
	for i := range infos {
		s := &infos[i]
		if s.Heading && headline(i, s.Text, "") {
			continue // a headline that asks is the question, not an answer
		}
		if question(s.Text) && (s.seq || s.ctx == ctxSequel) && reSequelWord.MatchText(s.tx) {
			asked = i
		} else if i-asked <= 2 && !question(s.Text) && (s.ctx == ctxSequel || s.ctx == ctxNeutral) && reWeWillSee.MatchText(s.tx) {
			// "Could there be a part two? His answer was a relaxed
			// 'we'll see.'"
			return s.Text
		}
		// (the words first: they are cheaper; a star's quoted "we'll see"
		// wonders too, so the hedge is looked for in quotes as well)
		// Who wonders matters: the people making the film who speak of a
		// possibility answer the question ("she'd be open to a potential
		// sequel"); fans who wonder, or an article that sets out to find
		// out, only ask it.
		if !(s.seq || s.ctx == ctxSequel) || !reSequelWord.MatchText(s.tx) {
			continue
		}
		if reWondering.MatchText(s.tx) && (s.hedged || hedges(s.tx) || reWeWillSee.MatchText(s.tx)) && !reAsking.MatchText(s.tx) {
			return s.Text
		}
		// a sequel wished for ("movies that deserve a sequel", "Purple
		// Hearts 2 should happen") is one not made
		if reWish.MatchText(s.tx) {
			return s.Text
		}
	}
	return ""
}

var reWish = re(`\b(?:deserves?|deserving|needs?)\s+(?:a\s+|its\s+own\s+|more\s+)?(?:sequels?|follow[\s-]?ups?|second\s+(?:film|movie|part))\b|\bshould\s+(?:(?:really|definitely)\s+)?(?:happen|get\s+(?:a\s+)?sequels?|have\s+(?:a\s+)?sequels?)\b`)

// asks reports an article that asks whether there will be a sequel: a
// status claim inside a question, or a sentence in which fans or the
// article wonder about one.
func asks(claims []Claim, infos []sentenceInfo) bool {
	for _, c := range claims {
		if c.Topic == TopicSequel && c.Stance == Hedged && asked(c) {
			return true
		}
	}
	for i := range infos {
		s := &infos[i]
		if (s.seq || s.ctx == ctxSequel) && reSequelWord.MatchText(s.tx) && reWondering.MatchText(s.tx) && reAsking.MatchText(s.tx) {
			return true
		}
	}
	return false
}

// asked reports a claim inside a question: a question mark ends its
// clause, or it is in a headline that asks.
func asked(c Claim) bool {
	i := strings.Index(c.Quote, c.Text)
	if i < 0 {
		return false
	}
	rest := c.Quote[i+len(c.Text):]
	end := strings.IndexAny(rest, ".!;")
	if end < 0 {
		end = len(rest)
	}
	return strings.Contains(rest[:end], "?") || end == len(rest) && question(c.Quote)
}

// reAsking finds a sentence that asks about the sequel rather than
// answers: fans or readers who wonder, discuss or have heard, or the
// article setting out what it will find out.
var reAsking = re(`\b(?:fans|viewers|audiences|readers|subscribers|you|many|people|everyone|those\s+who)\b(?:\s+[\w'’]+){0,5}\s+(?:wonder|ask|discuss|debat|speculat|heard|curious|clamou?r|theori[sz]|question)|\b(?:find\s+out|learn|discover)(?:\s+[\w'’]+,?){0,8}?\s+(?:whether|if)\b|\b(?:address(?:es)?|answers?|examines?|explores?|considers?|asks?)\s+(?:the\s+question\s+(?:of\s+)?)?whether\b|\b(?:we['’]ll|we\s+will|we['’]re\s+going\s+to|we\s+are\s+going\s+to|let['’]s|let\s+us)\s+(?:\w+\s+)?(?:explore|dive|delve|look|discuss|examine|break\s+down|answer|unpack)\b|\bin\s+this\s+(?:article|post|piece|guide)\b|\b(?:before|while)\s+(?:delving|diving|digging|looking)\s+into\b`)

// debunks counts an article's sentences calling a claim about the sequel
// fake, and returns the first and its index.
var (
	// reItIs opens a sentence that speaks of what the one before named.
	reItIs = regexp.MustCompile(`^(?:(?:It|That|This)(?:['’]s|\s+is|\s+was|\s+isn['’]t|\s+wasn['’]t)\b|None\s+of\s+(?:that|this|it|these|those)\b|(?i:rating|verdict|our\s+verdict|our\s+rating)\s*:)`)
	// reCirculating says a claim is going around: a thing reported.
	reCirculating = re(`\b(?:circulating|going\s+around|making\s+the\s+rounds|(?:went|gone|going)\s+viral|viral\s+(?:post|video|poster|clip|image|tweet|tiktok))\b`).scanned()
)

// claimBefore reports a claim named in one of the three sentences before
// sentence i of its paragraph, which "It's fake" or "None of that is real"
// takes apart.
func claimBefore(infos []sentenceInfo, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if reClaimWord.MatchText(infos[j].tx) {
			return true
		}
	}
	return false
}

// deniesRealBefore reports a bare "It is not." answering the sentence
// before it, which says a thing is thought real ("a lot of people in the
// comments seem to think it is real. It is not.").
func deniesRealBefore(infos []sentenceInfo, i int) bool {
	if t := infos[i].Text; !strings.HasPrefix(t, "It") && !strings.HasPrefix(t, "Th") && !strings.HasPrefix(t, "None") {
		return false // both patterns open with one of these
	}
	return i > 0 && reBareNot.MatchString(infos[i].Text) && reThoughtReal.MatchString(infos[i-1].Text) ||
		// or "It isn't from Purple Hearts 2." after the clip it names
		reNotFrom.MatchString(infos[i].Text) && claimBefore(infos, i)
}

var (
	reBareNot     = regexp.MustCompile(`^(?:It|That|This|They|None\s+of\s+it)\s+(?:is|was|are|were)(?:n['’]t|\s+not)(?:\s+(?:real|true|genuine|legit))?\s*[.!]$`)
	reNotFrom     = regexp.MustCompile(`^(?:It|That|This|They|The\s+(?:clip|video|footage|scene|image|photo|poster))\s+(?:is|was|are|were)(?:n['’]t|\s+not)\s+(?:actually\s+|really\s+)?(?:from|of|part\s+of)\b`)
	reThoughtReal = regexp.MustCompile(`(?i)\b(?:is|are|was|were|it['’]s|be)\s+(?:real|true|genuine|legit|official|authentic)\b`)
)

func debunks(infos []sentenceInfo) (n int, first string, at int) {
	for i := range infos {
		s := &infos[i]
		if i <= 1 && s.Heading && s.seq && reFactCheckHead.MatchString(s.Text) && (s.cued().denied || s.debunked()) {
			// "Fact Check: Netflix Did Not Announce 'Purple Hearts 2' for
			// February 14": a fact-check's headline rates the claim
			if n++; n == 1 {
				first, at = s.Text, s.Index
			}
			continue
		}
		if !(s.seq || s.ctx == ctxSequel) || !s.debunked() && !deniesRealBefore(infos, i) {
			continue
		}
		// the claim it takes apart, named there or, after "It's fake",
		// in the sentence before ("A poster says ... . It's fake.")
		if reClaimWord.MatchText(s.tx) || reItIs.MatchString(s.Text) && claimBefore(infos, i) || deniesRealBefore(infos, i) {
			if n++; n == 1 {
				first, at = s.Text, s.Index
			}
		}
	}
	return n, first, at
}

// fakeFirst reports a sentence that calls something fake before it
// denies: "The screenshot is doctored, and the article it shows does not
// exist".
func fakeFirst(s *sentenceInfo) bool {
	d, dn := reDebunk.FindTextIndex(s.tx), s.denial()
	return d != nil && dn != nil && d[0] < dn[0]
}

// specificFake reports a sentence calling one claim fake: "a poster",
// "the video", "this trailer", not "fake trailers, fake posters".
func specificFake(infos []sentenceInfo) bool {
	for i := range infos {
		if s := &infos[i]; (s.debunked() || deniesRealBefore(infos, i)) && reSpecificFake.MatchString(s.Text) {
			return true
		}
		if s := &infos[i]; s.debunked() && reItIs.MatchString(s.Text) && claimBefore(infos, i) {
			return true // "A poster says ... . It's fake."
		}
	}
	return false
}

var reSpecificFake = regexp.MustCompile(`(?i)\b(?:a|an|the|this|that|one|its)\s+(?:[\w'’"“”-]+\s+){0,3}(?:poster|trailer|teaser|video|post|screenshot|clip|image|picture|photo|tweet|graphic|page|article|headline|claim|rumou?r|announcement|caption|edit|account|channel|upload|thumbnail)(?:[^s\w]|$)`)

// reFactCheckHead opens a fact-check's headline.
var reFactCheckHead = regexp.MustCompile(`(?i)^(?:fact[\s-]?check(?:ed)?|verify|verified|debunked|false|fake|no)\s*[:|—–,-]`)

// headlineOnly reports a page whose only word that the sequel exists or is
// out is its headline (pos), while its body hedges what it says of the
// sequel (a date it "could" arrive on, a cast that "would" return) and
// states none of it as fact. It returns the body's first hedged claim.
func headlineOnly(pos, claims []Claim, infos []sentenceInfo) string {
	top := func(c Claim) bool { return c.Sentence <= 1 && infos[c.Sentence].Heading }
	if !slices.ContainsFunc(pos, top) || slices.ContainsFunc(pos, func(c Claim) bool { return !top(c) }) {
		return ""
	}
	hedged, first := "", 0
	for _, c := range claims {
		if top(c) {
			continue
		}
		switch c.Topic {
		case TopicSequel, TopicRelease, TopicCast, TopicProduction, TopicPlot:
		default:
			continue
		}
		switch c.Stance {
		case Hedged:
			if hedged == "" || c.Sentence < first {
				hedged, first = c.Quote, c.Sentence
			}
		case Asserted:
			if c.Topic != TopicRelease || c.Value != "none" {
				return ""
			}
		}
	}
	return hedged
}

// reUpdate opens an editor's update: "UPDATE:", "Update (May 3, 2025):",
// "Editor's note:".
var reUpdate = regexp.MustCompile(`(?i)^(?:\*+\s*)?(?:update[d]?|editor['’]s\s+(?:note|update)|correction)\b[^:.!?]{0,40}:`)

// updated reads an article whose opening paragraph is an update written
// over an older story ("UPDATE: Since this story was first published,
// Netflix has officially confirmed Purple Hearts 2. Our original story
// follows below."): the update's word on the sequel overrules the text it
// updates. It returns "" when there is no such paragraph or it settles
// nothing.
func updated(claims []Claim, infos []sentenceInfo) (Label, string) {
	para := -1
	// (after the headline and a byline or two: "Originally published
	// February 6, 2024 · Updated April 22, 2025")
	for i := 0; i < len(infos) && i < 8; i++ {
		if !infos[i].Heading && reUpdate.MatchString(infos[i].Text) {
			para = infos[i].Paragraph
			break
		}
	}
	if para < 0 {
		return "", ""
	}
	var pos, rel, den []Claim
	for _, c := range claims {
		if c.Topic != TopicSequel || infos[c.Sentence].Paragraph != para {
			continue
		}
		switch {
		case c.Stance == Denied:
			den = append(den, c)
		case c.Stance != Asserted:
		case c.Value == SequelReleased:
			rel = append(rel, c)
		default:
			pos = append(pos, c)
		}
	}
	switch {
	case len(den) > len(pos)+len(rel) && len(pos)+len(rel) > 0:
		return "", ""
	case len(rel) > 0:
		return SaysReleased, rel[0].Quote
	case len(pos) > 0:
		return AssertsConfirmed, pos[0].Quote
	case len(den) > 0:
		return SaysUnconfirmed, den[0].Quote
	}
	return "", ""
}
