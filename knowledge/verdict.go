package knowledge

import "github.com/purplehearts/bot/knowledge/extract"

// Topic, Stance and Label are the extractor's; they are re-exported so
// callers of the knowledge base need only this package.
type (
	Topic  = extract.Topic
	Stance = extract.Stance
	Label  = extract.Label
	Claim  = extract.Claim
)

// The topics, re-exported from extract.
const (
	TopicSequel       = extract.TopicSequel
	TopicRelease      = extract.TopicRelease
	TopicCast         = extract.TopicCast
	TopicPlot         = extract.TopicPlot
	TopicDirector     = extract.TopicDirector
	TopicAnnouncement = extract.TopicAnnouncement
	TopicProduction   = extract.TopicProduction
	TopicTrailer      = extract.TopicTrailer
)

// Status is the knowledge base's verdict on a topic or on one value.
type Status string

const (
	// Confirmed: an official or trade source asserts it and no source of
	// that tier contradicts it.
	Confirmed Status = "confirmed"
	// Reported: two or more independent other sources assert it and none
	// contradicts it.
	Reported Status = "reported"
	// Rumored: only one independent source asserts it, or sources only
	// hedge it.
	Rumored Status = "rumored"
	// Disputed: sources contradict each other.
	Disputed Status = "disputed"
	// Unconfirmed: sources say nothing official exists and none asserts it.
	Unconfirmed Status = "unconfirmed"
	// Unknown: no source says anything about it.
	Unknown Status = "unknown"
	// Contradicted: a value that an official or trade source overrides for
	// the same slot.
	Contradicted Status = "contradicted"
)

// Citation is the article and sentence a statement rests on.
type Citation struct {
	File   string `json:"file"`
	URL    string `json:"url"`
	Site   string `json:"site"`
	Tier   Tier   `json:"tier"`
	Stance Stance `json:"stance"`
	Quote  string `json:"quote"`
}

// Value is one value within a topic: a date, a person, a plot point.
type Value struct {
	// Value is normalised: an ISO date, an ISO interval "from/to", a
	// person's name, or a short text.
	Value string `json:"value"`
	// Text is the value as the sources write it.
	Text   string `json:"text"`
	Status Status `json:"status"`
	// Passed is true for a release date that lies before now while no
	// source reports a premiere.
	Passed bool `json:"passed"`
	// Role is the character or job, for people.
	Role    string     `json:"role,omitempty"`
	Reason  string     `json:"reason,omitempty"`
	Sources []Citation `json:"sources"`
}

// Verdict is the knowledge base's answer on one topic.
type Verdict struct {
	Topic  Topic  `json:"topic"`
	Status Status `json:"status"`
	// Reason is one sentence a fan can read.
	Reason  string     `json:"reason"`
	Values  []Value    `json:"values"`
	Sources []Citation `json:"sources"`
}

// Answer is what the knowledge base says at a given date: the overview of
// all topics, or the topics a question matched.
type Answer struct {
	Now      string    `json:"now"`
	Question string    `json:"question,omitempty"`
	Topics   []Verdict `json:"topics"`
}
