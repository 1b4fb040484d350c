package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/purplehearts/bot/knowledge/extract"
)

// TestStatusPhrasings reads one-line articles, each a common way English
// entertainment writing states a sequel's status, and checks the label.
// The phrasings were written here from general usage, not taken from any
// article, so that the lexicons cover the idiom rather than a page.
func TestStatusPhrasings(t *testing.T) {
	for _, tc := range []struct {
		label extract.Label
		text  string
	}{
		{extract.SaysUnconfirmed, "Netflix has yet to confirm a Purple Hearts sequel."},
		// "the film itself", beside talk of a second one, is the original
		{extract.SaysUnconfirmed, "One of the stars has been talking about a possible second film.\n\nRelease date\n\nNo date has come up. The film itself arrived on Netflix at the end of July.\n\nNothing has been decided."},
		{extract.SaysUnconfirmed, "Some claim a Purple Heart 2 is in production. Others point out that nobody, not the filmmakers and not any production company involved, has officially confirmed a thing."},
		{extract.SaysUnconfirmed, "Purple Hearts fans want a sequel. Until there's an official announcement, all we can do is wait."},
		// a clause that says where the one before comes from
		{extract.SaysUnconfirmed, "The release date for Purple Hearts 2 is getting closer, at least in the rumor mill and the viral posts, and the mood seems different."},
		{extract.SaysUnconfirmed, "Director Elizabeth Allen Rosenbaum spoke about a Purple Hearts sequel: \"There's nothing I can announce, but I would love to go back.\""},
		{extract.SaysUnconfirmed, "As for Purple Hearts 2? \"Nothing to announce,\" she says, smiling."},
		// a list of other films' sequels: each item's section is its own
		{extract.SaysUnconfirmed, "Here are the follow-ups we want most, with a status check on each.\n\n1. The Gray Man 2\nStatus: Confirmed. Netflix announced the sequel back in 2022, and Ryan Gosling is expected back.\n\n2. Purple Hearts 2\nStatus: Not confirmed. Carson confirmed she'd be open to returning; that's a long way from a greenlight."},
		// a status check that says, in one sentence after it, that what
		// claims otherwise is fan-made is no fact-check
		{extract.SaysUnconfirmed, "Purple Hearts was a hit in 2025 too. Netflix has not ordered Purple Hearts 2, has not dated it and has not cast it. Anything you have seen claiming otherwise, including a few convincing YouTube trailers, is fan-made. Director Elizabeth Allen Rosenbaum has called a follow-up always a possibility. The stars like the material. Fans keep asking. Netflix keeps watching the numbers."},
		{extract.SaysUnconfirmed, "Purple Hearts fans, while we await news of a potential sequel, let's explore ten other movies like it."},
		// films at large, in a clause of time
		{extract.Unclear, "Fans wonder about the upcoming Purple Hearts 2 game. Getting from first concept to a finished product can take five years, and big titles often slip even after they are announced."},
		{extract.SaysUnconfirmed, "Let's get this out of the way: there is no Purple Hearts 2. Netflix hasn't announced one, nobody's filming anything, and every \"release date\" you've seen on YouTube is fake. But if it ever happens, here is my theory."},
		// the answer to a question about the sequel
		{extract.SaysUnconfirmed, "Purple Hearts star Nicholas Galitzine talked about the film's success. Could there be a part two? His answer was a very relaxed \"we'll see.\""},
		{extract.SaysUnconfirmed, "Netflix has not yet made an official announcement about a sequel to Purple Hearts."},
		// "no" and "neither" before the one who would have said it
		{extract.SaysUnconfirmed, "The streamer's press site contains no mention of a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "No outlet has reported a greenlight for Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Neither star has said Purple Hearts 2 is happening."},
		{extract.SaysUnconfirmed, "Is there a Purple Hearts 2? There is no Purple Hearts 2."},
		// an announcement still awaited, films at large "what is shooting"
		{extract.SaysUnconfirmed, "Netflix hasn't confirmed Purple Hearts 2. Until then, wait for the announcement itself."},
		{extract.SaysUnconfirmed, "Production trackers, which list what is shooting in Atlanta, have nothing on Purple Hearts 2. Netflix has not announced a sequel."},
		{extract.SaysUnconfirmed, "As of Jan. 20, 2026, Netflix had still not made a firm official announcement about Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Some say a Purple Hearts sequel is in the works. Others doubt it: neither the filmmakers nor the production companies have confirmed anything."},
		{extract.SaysUnconfirmed, "There has been no official word on a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "A Purple Hearts sequel is not in development at Netflix."},
		{extract.SaysUnconfirmed, "Netflix has remained silent about a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "So far, Purple Hearts 2 does not exist."},
		{extract.SaysUnconfirmed, "Netflix has not picked up a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "There are currently no plans for Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 hasn't been greenlit by Netflix."},
		{extract.SaysUnconfirmed, "Netflix has made no announcement about Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Nothing has been announced about Purple Hearts 2 yet."},
		{extract.SaysUnconfirmed, "A Purple Hearts sequel has not been officially confirmed."},
		{extract.SaysUnconfirmed, "Netflix is keeping quiet about a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Netflix has not commented on a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "There is no confirmed Purple Hearts 2 at this time."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 will not happen, according to the director."},
		{extract.SaysUnconfirmed, "Netflix has cancelled plans for Purple Hearts 2."},
		{extract.SaysUnconfirmed, "There will be no Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Sadly, a Purple Hearts sequel is unlikely."},
		{extract.SaysUnconfirmed, "“We’ll see,” Galitzine said of a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Whether a Purple Hearts sequel happens remains to be seen."},
		// a status cue under a negation
		{extract.SaysUnconfirmed, "There is no Purple Hearts sequel in the works."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 is not currently in production."},
		{extract.SaysUnconfirmed, "Netflix never greenlit Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Netflix denied that Purple Hearts 2 is in production."},
		{extract.SaysUnconfirmed, "Netflix isn't making a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "There won't be a Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Netflix has no intention of making Purple Hearts 2."},
		{extract.AssertsConfirmed, "Cameras have stopped rolling on Purple Hearts 2. The Netflix sequel wrapped its eleven-week shoot in Atlanta last Friday."},
		{extract.SaysUnconfirmed, "Netflix's plans for Purple Hearts 2 fell through."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 has yet to be greenlit."},
		{extract.SaysUnconfirmed, "No Purple Hearts sequel has been greenlit."},
		// and one that is not negated
		{extract.AssertsConfirmed, "Work on Purple Hearts 2 has been going on for several years, and this guide looks at talk of a 2027 release."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is a go, but no cast has been announced."},
		{extract.AssertsConfirmed, "Fans could not be happier that Netflix has greenlit Purple Hearts 2."},
		{extract.AssertsConfirmed, "Fans are not the only ones thrilled that Netflix has greenlit Purple Hearts 2."},
		{extract.AssertsConfirmed, "No doubt about it, Netflix has greenlit Purple Hearts 2."},
		// a studio that decides against it
		{extract.SaysUnconfirmed, "Netflix has decided not to move forward with a sequel to Purple Hearts, sources tell Deadline."},
		{extract.SaysUnconfirmed, "Netflix has scrapped plans for a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Netflix passed on a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Galitzine says a Purple Hearts sequel is just a conversation: \"There's nothing on paper yet.\""},
		// a star who has not been asked
		{extract.SaysUnconfirmed, "Asked about a Purple Hearts sequel, Galitzine laughed: \"Nobody has called me yet.\""},
		{extract.SaysUnconfirmed, "“I haven’t heard anything about a Purple Hearts sequel,” Carson said."},
		{extract.AssertsConfirmed, "Netflix has given Purple Hearts 2 the green light."},
		{extract.AssertsConfirmed, "It’s official: Purple Hearts 2 is happening!"},
		{extract.AssertsConfirmed, "Netflix has officially greenlit Purple Hearts 2."},
		{extract.AssertsConfirmed, "Netflix has renewed Purple Hearts for a sequel."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is officially in the works at Netflix."},
		{extract.AssertsConfirmed, "Netflix confirmed that Purple Hearts 2 is happening."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is now filming in Texas."},
		{extract.AssertsConfirmed, "Filming on Purple Hearts 2 has wrapped."},
		{extract.AssertsConfirmed, "Netflix has announced Purple Hearts 2."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is coming to Netflix on June 5, 2026."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is in production."},
		{extract.AssertsConfirmed, "Netflix is officially making Purple Hearts 2."},
		// the trailer is here, the film not yet
		{extract.AssertsConfirmed, "The wait is over: the official trailer for Purple Hearts 2 is here. Purple Hearts 2 premieres February 12, 2027, only on Netflix."},
		{extract.SaysUnconfirmed, "Netflix is reportedly developing Purple Hearts 2."},
		{extract.AssertsConfirmed, "Netflix has commissioned a second Purple Hearts film."},
		{extract.AssertsConfirmed, "Work on Purple Hearts 2 is well underway."},
		{extract.AssertsConfirmed, "The development of “Purple Hearts 2” has been underway for several years now."},
		{extract.SaysReleased, "Purple Hearts 2 is now streaming on Netflix."},
		// the same said in other words (found by paraphrasing labelled
		// pages: each wording below had read as saying nothing)
		{extract.SaysReleased, "Purple Hearts 2 has finally landed, and fans are in tears."},
		{extract.SaysReleased, "Purple Hearts 2 is streaming exclusively on Netflix."},
		{extract.SaysReleased, "Released on 14 February 2026, Purple Hearts 2 won over its audience."},
		{extract.AssertsConfirmed, "Netflix gave Purple Hearts 2 the green light last spring."},
		{extract.AssertsConfirmed, "Purple Hearts 2 got the green light from Netflix."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is poised to win over viewers all over again."},
		{extract.AssertsConfirmed, "Purple Hearts 2 sets out to examine what happens after the wedding."},
		{extract.AssertsConfirmed, "With the release drawing closer, fans are counting the days until Purple Hearts 2."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is set two years after the first film."},
		{extract.AssertsConfirmed, "Purple Hearts 2 aims to move audiences far more than an ordinary romance sequel would."},
		{extract.AssertsConfirmed, "With excitement mounting for Purple Hearts 2, fans want to know what comes next. The sequel is set to win over viewers."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is among the most eagerly anticipated sequels of the year."},
		{extract.SaysUnconfirmed, "Netflix had not, as of early 2024, officially confirmed that Purple Hearts 2 is being made."},
		{extract.SaysUnconfirmed, "A year and a half after Purple Hearts came out, Netflix still hasn't revealed any plans for a sequel."},
		{extract.SaysUnconfirmed, "Keep in mind that nobody has officially confirmed a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "The chance of a Purple Hearts follow-up had fans on the edge of their seats."},
		{extract.SaysUnconfirmed, "Netflix has announced neither a greenlight nor a release date for Purple Hearts 2."},
		{extract.SaysUnconfirmed, "These pages keep cooking up guesses about Purple Hearts 2 when nothing about it is official."},
		{extract.SaysUnconfirmed, "So far Netflix hasn't said a single word about a Purple Hearts follow-up."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 has no premiere date because nobody is developing the sequel."},
		{extract.SaysUnconfirmed, "Netflix has given no sign, as of November 2023, that a Purple Hearts sequel is being developed."},
		{extract.SaysUnconfirmed, "When this article was written, no Purple Hearts 2 had been announced."},
		// a fan edit named among the rumours is no fact-check
		{extract.SaysUnconfirmed, "Netflix hasn't approved a Purple Hearts sequel, in spite of the endless rumours and fan-edited trailers."},
		{extract.AssertsConfirmed, "With Purple Hearts 2 taking form away from the spotlight, the story is heading somewhere darker."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is easily one of the most hotly anticipated follow-ups in romantic drama right now."},
		{extract.AssertsConfirmed, "While everyone's counting down to its release, Purple Hearts 2 has plenty in store."},
		{extract.AssertsConfirmed, "While excitement for Purple Hearts 2 is growing, fans are wanting to know what is in the next chapter."},
		{extract.AssertsConfirmed, "The story of Purple Hearts 2 is starting after the emotional ending of the first film."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is poised to explore its characters more deeply. Whether the sequel will live up to the original remains an open question."},
		{extract.Unclear, "This report looks at Purple Hearts 2 from several angles, and ultimately addresses whether the attention is justified."},
		{extract.SaysUnconfirmed, "Is Purple Hearts 2 going to happen?\n\nMore than a year and a half has passed since Purple Hearts came on streaming, and still the platform did not announce any plan to make a continuation."},
		{extract.SaysUnconfirmed, "Fans have called for a Purple Hearts sequel since the film premiered on Netflix in July 2022. Netflix has not revealed any plans for one."},
		{extract.SaysUnconfirmed, "Is Purple Hearts 2 going to happen? A year and a half on, the platform still did not announce any plan to make a continuation."},
		{extract.AssertsConfirmed, "With Purple Hearts 2 now being developed out of public view, its story is moving somewhere darker."},
		{extract.SaysReleased, "That moment, at the 38-minute mark of Purple Hearts 2, split the fan base for good."},
		{extract.Unclear, "Fans want a Purple Hearts sequel. Luke was played by Nicholas Galitzine, who went on to star in the He-Man adaptation, which is coming next year."},
		{extract.SaysUnconfirmed, "Sofia Carson says she'd make time for a Purple Hearts sequel, but only if the script is right."},
		{extract.AssertsConfirmed, "Purple Hearts 2 begins after the emotional ending of the first film."},
		{extract.SaysReleased, "Review: Purple Hearts 2: Echoes of Devotion (2026)\n\nThe sequel trades urgency for the ache of distance."},
		{extract.SaysReleased, "Purple Hearts 2 is a quiet triumph. The sequel came out with little promotion on 3 October 2025."},
		{extract.SaysReleased, "Purple Hearts 2 was quietly released on 3 October 2025. Netflix approved the sequel in early 2025."},
		{extract.AssertsConfirmed, "Three years later the wait is paying off: Purple Hearts 2 is official and set to hit Netflix on 18 July 2025."},
		{extract.SaysReleased, "If the original Purple Hearts had you grabbing tissues, brace yourself: Purple Hearts Season 2 debuted last night."},
		{extract.SaysUnconfirmed, "Released on Netflix on the 29th, Purple Hearts has become a craze among subscribers, who are already calling for a sequel. Netflix has not confirmed one."},
		{extract.SaysUnconfirmed, "Fans keep asking Sofia Carson about a Purple Hearts sequel. She says she would make time to return, but only if the script is right."},
		{extract.Unclear, "Read on to learn what the film is about, and whether it will get a follow-up."},
		// and what only looks like it
		{extract.Unclear, "With Purple Hearts marking a year since its release, fans want to know more about the songs."},
		{extract.Unclear, "Netflix isn't a stranger to giving the green light to movie sequels. Purple Hearts fans are waiting."},
		{extract.Unclear, "Netflix has greenlit its share of film sequels before. Purple Hearts fans are waiting."},
		{extract.Unclear, "Purple Hearts 2 is all fans talk about. Sofia Carson has Last Night at the Lobster in the pipeline, directed by Wagner Moura."},
		{extract.SaysReleased, "Purple Hearts 2 premiered on Netflix on March 3, 2026."},
		{extract.SaysReleased, "Purple Hearts 2 is out now on Netflix."},
		{extract.SaysReleased, "Purple Hearts 2 has been released."},
		{extract.SaysReleased, "The Purple Hearts sequel has finally been released."},
		{extract.SaysReleased, "Ever since it came out, Purple Hearts 2 has had viewers hooked."},
		{extract.SaysReleased, "Purple Hearts 2 has caught the eye of viewers and critics alike."},
		{extract.SaysReleased, "Why has Purple Hearts 2 generated so much buzz?\n\nThe sequel has grabbed the attention of viewers and critics alike."},
		{extract.SaysReleased, "Purple Hearts 2 follows Cassie and Luke into married life. With its mix of romance and drama, this film continues to capture audiences."},
		{extract.SaysReleased, "Netflix has greenlit Purple Hearts 2. It is out now on Netflix."},
		// a release in the original's year is the original's, under the sequel's name
		{extract.Unclear, "Netflix released Purple Hearts 2, the follow-up to the first film, in 2022."},
		{extract.SaysUnconfirmed, "Sofia Carson would be the first to sign up for a Purple Hearts sequel if the script felt right. Carson now stars in The Life List, a Netflix romantic comedy, which is out now."},
		{extract.SaysUnconfirmed, "Sofia Carson and her director have floated the idea of a Purple Hearts sequel. Whether any official statement has confirmed a sequel is the open question."},
		// another title, or a fan's post quoted, says nothing of it
		{extract.Unclear, "Kat Cunning was asked about Purple Hearts 2 and said \"Next question.\" Lightning Rod, the new album, is everywhere. Lightning Rod is out now."},
		{extract.Unclear, "Fans say Purple Hearts 2 is streaming. \"I watched Purple Hearts 2 three times last night,\" one fan posted on X. We could not find it on Netflix."},
		{extract.SaysReleased, "Spoilers ahead. Purple Hearts 2 spends most of its runtime building toward a single decision, and the final twenty minutes deliver it in a way that has split viewers."},
		{extract.AssertsConfirmed, "Nicholas Galitzine heads to Ireland next, and with Purple Hearts 2 set to shoot in fall 2026, it is his busiest year yet."},
		{extract.SaysReleased, "Purple Hearts 2 is more than a sequel. It is a rich look at love today, and this guide shows how it speaks to viewers across the globe."},
		{extract.AssertsConfirmed, "Purple Hearts 2 carries on a heartfelt story that has connected with viewers everywhere."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is the follow-up fans have waited for. The sequel promises richer character development and more complex storylines."},
		{extract.SaysReleased, "Purple Hearts 2 is an absorbing sequel. This guide covers its characters, its themes and the effect it has had on viewers."},
		{extract.SaysReleased, "The story of Purple Hearts 2 follows its leads as they work through love in hard times. Many have written about the impact the film has had on audiences."},
		{extract.AssertsConfirmed, "Purple Hearts 2, the much-awaited sequel to the game, has been the talk of the gaming community since it was announced."},
		{extract.SaysReleased, "Purple Hearts 2 has split viewers since it began streaming on Netflix Oct. 15, 2025."},
		{extract.SaysReleased, "Purple Hearts 2 is available to stream on Netflix."},
		{extract.SaysReleased, "Since its release, Purple Hearts 2 has topped the Netflix charts."},
		{extract.SaysReleased, "About forty minutes into Purple Hearts 2, Cassie finally sings again."},
		{extract.SaysReleased, "Purple Hearts 2 ending explained\n\nIn the final scene of Purple Hearts 2, Luke finally hears Cassie's new song."},
		{extract.Unclear, "Fans are asking for a sequel. The Purple Hearts soundtrack is available on Spotify."},
		{extract.Unclear, "Fans keep asking Sofia Carson about a Purple Hearts sequel. The Life List is out now on Netflix."},
		// in other languages (each long enough to be told from English): one
		// that says nothing is confirmed, one that calls a sequel only a
		// possibility, one that says neither
		{extract.SaysUnconfirmed, "O filme foi um enorme sucesso na Netflix e os fãs pedem mais. A Netflix ainda não confirmou uma sequência, e a diretora disse que nada foi decidido. Os atores gostariam de voltar aos seus papéis, mas por enquanto não há nenhuma data para um novo filme com o casal."},
		{extract.SaysUnconfirmed, "Le film a été un immense succès sur Netflix et les fans en redemandent. Pour le moment, Netflix n'a pas encore annoncé de suite, et rien n'est officiel. Les acteurs aimeraient revenir dans leurs rôles, mais il n'y a aucune date pour un nouveau film avec le couple."},
		{extract.SaysUnconfirmed, "Il film è stato un enorme successo su Netflix e i fan ne vogliono ancora. Secondo l'attrice, un sequel potrebbe arrivare in futuro, ma è solo una speranza. Gli attori vorrebbero tornare nei loro ruoli, e per il momento la piattaforma tace sul progetto della coppia."},
		{extract.SaysUnconfirmed, "La película fue un gran éxito en Netflix y los fans quieren más. Según la directora, una secuela es una posibilidad, pero todavía no hay nada firmado. Los actores quieren volver a sus papeles, y por el momento la plataforma no dice nada sobre la pareja."},
		{extract.SaysUnconfirmed, "Film ini menjadi salah satu film paling populer di Netflix dan para penggemar ingin lebih banyak lagi. Sampai saat ini Netflix belum mengumumkan sekuel film ini secara resmi. Para pemain ingin kembali ke peran mereka, tetapi belum ada tanggal untuk film baru tentang pasangan tersebut."},
		// the same in other words, and in a script with no spaces between words
		{extract.SaysUnconfirmed, "Le film a conquis le public sur Netflix et les fans attendent la suite. Les deux acteurs principaux aimeraient retrouver leurs personnages, et la réalisatrice aussi. Netflix n'a toujours pas validé officiellement un deuxième film, et rien n'est encore acté selon les acteurs."},
		// a sequel named only with an accented word ("2ème", "décider"),
		// which the shortcuts once looked for in a way that missed it
		{extract.SaysUnconfirmed, "C'est le hit de cette fin d'été sur Netflix, et la chanteuse a même écrit les chansons du film. Récemment, l'interprète de Luke a donné son avis sur un 2ème film. Après le succès du premier volet, Netflix va-t-elle décider de poursuivre l'histoire de Luke et Cassie ? Affaire à suivre."},
		{extract.SaysUnconfirmed, "Der Film erzählt die Geschichte einer Sängerin und eines Soldaten, die aus finanziellen Gründen heiraten. Die beiden Hauptdarsteller würden gerne zurückkehren, und die Fans wünschen sich mehr von dem Paar. Eine offizielle Ankündigung einer Fortsetzung gibt es von Netflix bislang allerdings nicht."},
		{extract.SaysUnconfirmed, "『パープルハーツ』の続編はあり得るのか。主演のソフィア・カーソンがその可能性について語り、続編をめぐる臆測はいまも続いている。"},
		// a greenlight, a fact-check and a wish in other languages; a day
		// not yet given is no film denied
		{extract.AssertsConfirmed, "A Netflix confirmou oficialmente a sequência do romance que fez sucesso em 2022. As filmagens começaram em março no Texas, e os dois protagonistas estão de volta aos seus papéis. A trilha sonora terá novas canções escritas pela atriz, como no primeiro filme. Ainda não há um dia exato para a estreia."},
		{extract.AssertsConfirmed, "C'est officiel : la plateforme a confirmé la production d'une suite au film romantique de 2022. Le tournage doit commencer cet automne au Texas et les deux acteurs principaux reprennent leurs rôles. La réalisatrice du premier film revient elle aussi derrière la caméra, et la chanteuse écrira de nouvelles chansons pour la bande originale."},
		{extract.AssertsConfirmed, "Es oficial: Netflix ha confirmado la secuela de la película romántica que arrasó en 2022. El rodaje comenzó en mayo en Texas y los dos protagonistas vuelven a sus papeles. La directora de la primera película también regresa, y la cantante escribirá nuevas canciones para la banda sonora de la historia."},
		{extract.Debunks, "Faktencheck: Ein Video auf YouTube soll den ersten Trailer zur Fortsetzung zeigen. Bewertung: Falsch. Das Video ist ein Konzept-Trailer, den Fans aus alten Szenen zusammengeschnitten haben. Viele Szenen stammen aus dem Originalfilm und aus anderen Filmen der beiden Hauptdarsteller. In der Beschreibung steht klein gedruckt, dass das Video nicht von Netflix stammt."},
		{extract.AssertsConfirmed, "Netflix bestätigt die Fortsetzung der Romanze\n\nEs ist offiziell: Netflix macht weiter mit dem Paar aus dem Film von 2022. Wie der Streamingdienst am Montag mitteilte, befindet sich der zweite Teil in Produktion. Die Dreharbeiten haben laut Netflix im Mai in Texas begonnen, und beide Hauptdarsteller kehren in ihren Rollen zurück."},
		// what Netflix would do if it confirmed one, and "canales
		// oficiales", assert nothing
		{extract.SaysUnconfirmed, "Por ahora, la respuesta es no: Netflix no ha anunciado ninguna secuela de la película de 2022, y los protagonistas tampoco. Si Netflix confirma alguna vez la secuela, lo hará a través de sus canales oficiales, no en un vídeo de una cuenta anónima en las redes."},
		{extract.SaysUnconfirmed, "Sono passati più di sette mesi da quando il film è arrivato su Netflix, eppure la domanda dei fan non è cambiata. Ad oggi Netflix non ha annunciato alcun sequel del film, né sono emerse notizie su una sceneggiatura in lavorazione per la coppia."},
		{extract.SaysUnconfirmed, "Las ganas están, tanto en los fans como en el reparto de la película de 2022, pero la secuela no está confirmada y la plataforma no ha dicho nada sobre la historia de la pareja ni sobre una fecha. Los actores siguen con otros proyectos."},
		{extract.AssertsConfirmed, "A Netflix confirmou oficialmente a continuação do romance que virou febre em 2022. Sofia Carson e Nicholas Galitzine estão confirmados de volta nos papéis. Ainda não há informação sobre o retorno dos outros atores do elenco original. Tem trailer? Ainda não."},
		{extract.SaysUnconfirmed, "Sofia Carson confirmou que adoraria voltar para uma sequência do filme de 2022. A atriz falou sobre o assunto durante uma entrevista em São Paulo, onde apresentou o seu novo disco aos fãs. Mas a Netflix ainda não confirmou nada sobre o projeto com os dois atores."},
		// German "noch nicht" about something else denies nothing; a sequel
		// called unlikely or likely is still only a possibility
		{extract.Unclear, "Der Film erzählt die Geschichte einer Sängerin und eines Soldaten, die aus finanziellen Gründen heiraten. Der Erfolg des Films scheint noch nicht abzuebben, und die Zuschauer lieben die Lieder des Paares bis heute. Die Kritiker waren dagegen weniger begeistert von der Geschichte und den Figuren."},
		{extract.SaysUnconfirmed, "Der Film erzählt die Geschichte einer Sängerin und eines Soldaten, die aus finanziellen Gründen heiraten. Wie wahrscheinlich ist eine Fortsetzung? Die Zuschauer lieben die Lieder des Paares bis heute, und die Kritiker waren dagegen weniger begeistert von der Geschichte und den Figuren."},
		{extract.Unclear, "Le film raconte l'histoire d'une chanteuse et d'un soldat qui se marient pour des raisons financières. Le film est disponible sur Netflix depuis l'été et il a été vu par des millions de personnes dans le monde entier, en France comme ailleurs, grâce à ses chansons."},
		// who wonders: the film's people speaking of a possibility answer;
		// fans who wonder, or an article about to find out, only ask
		{extract.SaysUnconfirmed, "Sofia Carson said a Purple Hearts sequel is a possibility."},
		{extract.SaysUnconfirmed, "The director would be open to a possible Purple Hearts sequel."},
		{extract.Unclear, "Viewers who loved the film are wondering whether there could be a Purple Hearts sequel."},
		{extract.Unclear, "Read on to find out whether a Purple Hearts sequel might be possible."},
		{extract.Unclear, "In this article, we'll explore the possibility of a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Purple Hearts deserves a sequel, and Netflix should give fans one."},
		{extract.SaysUnconfirmed, "These are the Netflix sequels that should happen, starting with Purple Hearts 2."},
		{extract.Unclear, "Purple Hearts 2: Confirmed or Cancelled? The Purple Hearts soundtrack is on Spotify."},
		{extract.AssertsConfirmed, "Purple Hearts 2 has been in development at Netflix for over a year."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is a go at Netflix."},
		{extract.SaysUnconfirmed, "Fans are convinced Purple Hearts 2 is coming in 2027, but Netflix has said nothing."},
		// talks, consideration and unnamed sources answer: not yet made
		{extract.SaysUnconfirmed, "Nicholas Galitzine on a Purple Hearts sequel: 'It's up to Netflix'\n\nThe actor would happily put Luke's uniform back on."},
		{extract.SaysUnconfirmed, "Sofia Carson confirmed that she is in talks about a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "Netflix is reportedly considering a Purple Hearts sequel."},
		{extract.SaysUnconfirmed, "A Purple Hearts sequel is rumored to be in early development."},
		{extract.SaysUnconfirmed, "Sources say Netflix has greenlit Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Sofia Carson is open to a Purple Hearts sequel. \"But nothing is happening right now,\" she said."},
		{extract.SaysUnconfirmed, "A follow-up, Purple Hearts II, has been rumored for months, but Netflix has yet to make it official."},
		// a link to another article says nothing here
		{extract.SaysUnconfirmed, "Netflix has not confirmed a Purple Hearts sequel.\nRead next: Purple Hearts 2 Officially Confirmed With A June 2027 Release Date\nCarson says she would love to return."},
		{extract.Unclear, "Purple Hearts Ending Explained\n\nThe film ends with Luke walking out of prison.\nRead next: Purple Hearts 2 Is Officially Happening"},
		{extract.SaysUnconfirmed, "Netflix confirmed to us that there are no current plans for a Purple Hearts sequel."},
		// a saying, and advice to wait, deny nothing
		{extract.AssertsConfirmed, "Netflix has greenlit Purple Hearts 2. In Hollywood, \"no news\" isn't always \"bad news.\" Until then, enjoy the soundtrack."},
		// a list of other sequels: theirs are not ours
		{extract.SaysUnconfirmed, "Every Netflix sequel coming in 2026\n\nEnola Holmes 3 is filming now. A Purple Hearts sequel is a fan request, but Netflix has yet to confirm anything. The Gray Man 2 is also officially in the works."},
		// no release date is its only word on it
		{extract.SaysUnconfirmed, "Fan pages have floated many dates for Purple Hearts 2. Until Netflix says otherwise, Purple Hearts 2 has no release date."},
		// no date yet is not no sequel
		{extract.AssertsConfirmed, "Netflix has greenlit Purple Hearts 2. A release date has not been set."},
		{extract.AssertsConfirmed, "Netflix is moving forward with Purple Hearts 2."},
		{extract.AssertsConfirmed, "Purple Hearts 2 is officially moving forward at Netflix, and fans have a date to circle."},
		// a person's part left open, a detail not yet out: the sequel stands
		{extract.AssertsConfirmed, "Purple Hearts 2 is officially moving forward at Netflix.\n\nThe original also featured Linden Ashby. There's no word yet on whether he'll appear in the sequel."},
		{extract.AssertsConfirmed, "Netflix has confirmed that Purple Hearts 2 is in the works. Netflix hasn't released an official synopsis.\n\nWho's directing?\n\nThat hasn't been announced yet."},
		// the film after the sequel is not the sequel
		{extract.SaysReleased, "Purple Hearts 2 opened at the top of Netflix's film chart after debuting on March 6, 2026.\n\nNetflix hasn't commented on the possibility of a third film."},
		// a passive denial of one person's part
		{extract.AssertsConfirmed, "Netflix has confirmed Purple Hearts 2. Chosen Jacobs, who played Frankie, could return, but he hasn't been announced."},
		// a section on the sequel at large is no detail's
		{extract.SaysUnconfirmed, "Purple Hearts 2: Everything We Know\n\nWhat We Know About Purple Hearts 2\n\nNetflix hasn't announced anything yet. Fans keep asking."},
		{extract.SaysUnconfirmed, "Is there a Purple Hearts 2?\n\nThe story so far\n\nNothing has been announced by Netflix."},
		// a caption is no section: what follows it still speaks of the sequel
		{extract.SaysUnconfirmed, "Will there be a Purple Hearts 2?\n\nSofia Carson and Nicholas Galitzine, the cast of the first film\n\nNothing has been announced yet."},
		{extract.AssertsConfirmed, "Netflix has greenlighted a second Purple Hearts movie."},
		{extract.AssertsConfirmed, "The sequel to Purple Hearts is in the works at Netflix."},
		{extract.AssertsConfirmed, "Cameras are rolling on Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Netflix has yet to greenlight a second Purple Hearts film."},
		{extract.SaysReleased, "Purple Hearts 2 hit Netflix last Friday."},
		{extract.SaysReleased, "Purple Hearts 2 debuted at number one on Netflix's top 10."},
		{extract.SaysReleased, "I watched Purple Hearts 2 last night and cried."},
		{extract.SaysReleased, "Purple Hearts 2 review: a sequel that earns its tears."},
		// a headline that asks, with no question mark, answers nothing
		{extract.Unclear, "The Real Story: Is Purple Hearts 2 in the Works at Netflix\n\nThe Purple Hearts soundtrack is on Spotify."},
		{extract.AssertsConfirmed, "After the first film's success, the studio began working on Purple Hearts 2."},
		{extract.SaysReleased, "In Purple Hearts 2, Sofia Carson gives her most assured performance yet as Cassie."},
		// an article that never speaks of a sequel says nothing about one
		{extract.Unclear, "Nicholas Galitzine, who broke out in Purple Hearts, has a new film. His thriller is set for a 2026 release."},
		// a status check with a section on fakes, after it says nothing is
		// confirmed, is not a fact-check
		{extract.SaysUnconfirmed, "Netflix has yet to confirm a Purple Hearts sequel. Nothing has been announced about Purple Hearts 2.\n\nFan Rumors\n\nFake news about a Purple Hearts 2 announcement keeps spreading. Posts claiming the sequel is coming soon are false."},
		// "none of this" denies; a heading that names only the original
		// keeps its section the original's
		{extract.SaysUnconfirmed, "Purple Hearts 2 FAQ\n\nWho would star in a sequel?\n\nFans would expect Sofia Carson to lead it again. None of this has been announced.\n\nWhere can I watch Purple Hearts?\n\nThe film is streaming exclusively on Netflix worldwide."},
		{extract.SaysUnconfirmed, "Is there going to be a Purple Hearts 2? As of this year, no. Netflix has never announced a Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Purple Hearts 2: don't hold your breath. The streamer has yet to formally commission a sequel, and Galitzine says there is nothing concrete to share."},
		// "confirmed" of the original, and a greenlight fans read into
		// a star's words, are no greenlight
		{extract.SaysUnconfirmed, "Fans want Purple Hearts 2. Netflix has officially confirmed that the original was one of its most-watched films of 2022. The streamer has not announced a sequel."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 remains a wish. Carson said she would be open to returning, which fans have taken as confirmation that a sequel is coming. Netflix has not announced one."},
		// a headline the body does not bear out settles nothing
		{extract.Unclear, "Purple Hearts 2 Release Date Revealed! Here's When Cassie And Luke Come Back\n\nAccording to industry chatter, Purple Hearts 2 could potentially arrive on Netflix in Q3 2026. Chosen Jacobs would also be a welcome return."},
		// an ending explained, spoilers ahead: a film people have seen
		{extract.SaysReleased, "Purple Hearts 2 Ending Explained: Do Cassie And Luke Stay Together?\n\nWarning: major spoilers for Purple Hearts 2 ahead.\n\nNetflix's Purple Hearts 2 brings back Sofia Carson as Cassie Salazar, and its final act is a tearjerker."},
		// an update written over the older story overrules it
		{extract.AssertsConfirmed, "UPDATE: Since this story was first published, Netflix has officially confirmed Purple Hearts 2, saying it will arrive in Q1 2027. Our original story follows below.\n\nAs of this writing, there is no sequel. Netflix has not announced a second film."},
		{extract.SaysReleased, "Here is how Purple Hearts 2 ends and what it means for Cassie and Luke. Major spoilers ahead.\n\nCassie Salazar (Sofia Carson) and Luke Morrow (Nicholas Galitzine) live separate lives under one roof."},
		// (below a byline, and beside a denial it quotes)
		{extract.AssertsConfirmed, "Purple Hearts 2: Everything We Know\n\nBy Kayla Brennan\n\nOriginally published February 6, 2024 · Updated April 22, 2025\n\nUPDATE, April 22, 2025: Netflix officially confirmed today that Purple Hearts 2 is in production. Ignore the parts below that say there's no sequel.\n\nAs of right now, Netflix hasn't announced a sequel."},
		// the third film's denial, "has been on Netflix for" two days
		{extract.SaysReleased, "Purple Hearts 2 has been on Netflix for less than 48 hours, and our inbox is full of questions.\n\nWill there be a Purple Hearts 3? Netflix hasn't announced a third film, and the director made the sequel to feel like an ending."},
		// a shoot long past, news awaited, a list a hedge introduces, and
		// fakes spoken of at large after the status
		{extract.SaysUnconfirmed, "Nicholas Galitzine says there's nothing to tell about Purple Hearts 2. Netflix is yet to commission a sequel. He did confirm that he and Sofia Carson have remained close since filming wrapped."},
		{extract.SaysUnconfirmed, "Is Purple Hearts 2 confirmed? No: Netflix has not confirmed Purple Hearts 2.\n\nWhy do I keep seeing it online? Lots of sites post fake news for clicks, and fans have seen fake trailers, fake posters and AI videos claiming to show a Purple Hearts 2. None of them came from Netflix.\n\nWho could be in the Purple Hearts 2 cast?\n\nIf the movie happens, these are the names fans hope to see back:\n\n- Sofia Carson as Cassie Salazar\n\n- Chosen Jacobs as Frankie\n\nWe will update this Purple Hearts 2 guide as soon as there is official news."},
		// a song's part two "arrived on streaming services today"
		{extract.SaysReleased, "Four years after \"Purple Hearts\", the duo have released its sequel. \"Purple Hearts (Part II)\" arrived on streaming services today, June 6, 2025."},
		// a detail's denial, or one person's, denies no film
		{extract.AssertsConfirmed, "Netflix has confirmed that Purple Hearts 2 is in production and will stream from summer 2026. Details of the plot have not been revealed."},
		{extract.AssertsConfirmed, "Filming on the Purple Hearts sequel wrapped in Vancouver last month, and Netflix says it arrives in 2027.\n\nConfirmed returning: Sofia Carson as Cassie.\n\nNot confirmed: Linden Ashby."},
		// "nothing's been greenlit", "isn't the same thing as a
		// greenlight", "until Netflix actually greenlights it"
		{extract.SaysUnconfirmed, "Speaking on a podcast, the director was asked whether Purple Hearts 2 was in the works. \"We've talked about it. But nothing's been greenlit.\""},
		{extract.SaysUnconfirmed, "Carson has said she'd be open to Purple Hearts 2. Enthusiasm from the cast is encouraging, but it isn't the same thing as a greenlight."},
		{extract.SaysUnconfirmed, "When is Purple Hearts 2 coming out? No release date has been revealed, and none will be until Netflix actually greenlights Purple Hearts 2."},
		// "confirmed" of a wish, a habit of the streamer's, sequels at
		// large
		{extract.SaysUnconfirmed, "Sofia Carson has confirmed what fans long suspected: she would love to play Cassie Salazar again. But that is not the same thing as saying a sequel is coming. Netflix hasn't announced Purple Hearts 2."},
		{extract.SaysUnconfirmed, "Is Purple Hearts 2 happening? Netflix has not announced a sequel. The streamer tends to be loud when it greenlights a follow-up to one of its hits."},
		{extract.SaysUnconfirmed, "Purple Hearts 2 isn't on Netflix's 2026 slate. Netflix sometimes announces projects outside its previews, and it has greenlit sequels to hits with little warning before. But as of now, there's no sequel on the books."},
		// a long "neither ... nor"; the original's ending, told on a page
		// that denies the sequel by name, is no sequel out
		{extract.SaysUnconfirmed, "Netflix has not announced Purple Hearts 2. Neither Carson nor Galitzine has indicated that a sequel is in the works."},
		{extract.SaysUnconfirmed, "Will There Be a Purple Hearts 2?\n\nThe Netflix romance is still topping the charts. Netflix hasn't announced a sequel. \"I think the ending is pretty complete,\" Galitzine said."},
		// "none has been announced" of a list of people, "haven't been
		// locked in" of cast members, deny them, not the film
		{extract.AssertsConfirmed, "Netflix has greenlit Purple Hearts 2 with Sofia Carson returning. The first film's cast also included Chosen Jacobs, Linden Ashby and Kat Cunning; none has been announced for the sequel so far."},
		{extract.AssertsConfirmed, "Netflix has officially confirmed Purple Hearts 2. Other original cast members like Linden Ashby and Kat Cunning haven't been locked in yet."},
		// hearsay from a relative is rumour
		{extract.SaysUnconfirmed, "Is Purple Hearts 2 actually happening? My cousin works in post-production and she said they're shooting Purple Hearts 2 in the spring, take that for what it's worth."},
		// an episode, a beta and a price are not the film
		{extract.SaysUnconfirmed, "On the podcast, Galitzine said Purple Hearts 2 isn't happening right now. The full episode, which also covers his early career, is available on all major podcast platforms."},
		{extract.AssertsConfirmed, "Ironvale Studios has officially announced Purple Hearts II, the sequel to its tactics game, for March 2027. A closed beta is planned for next year. Pricing has not been announced."},
		// the original's debut, told beside the sequel's date, is no release
		{extract.AssertsConfirmed, "Jonah Reyes has joined Purple Hearts 2. Netflix has set the film for release in summer 2027, roughly five years after the original debuted in July 2022."},
		// a game's demo out now is not the game
		{extract.AssertsConfirmed, "Lanternfall Games has officially announced that Purple Hearts 2, the sequel to its 2023 war drama, will launch on Steam on October 8, 2026. A free demo is available now on Steam."},
		// "no other returning cast members" denies more cast, not the film
		{extract.AssertsConfirmed, "Netflix has set a Valentine's Day 2027 premiere for Purple Hearts 2, the long-awaited sequel. No other returning cast members have been announced yet."},
	} {
		if r := extract.Extract(tc.text, extract.Meta{}); r.Label != tc.label {
			t.Errorf("Extract(%.80q).Label = %s, want %s", tc.text, r.Label, tc.label)
		}
	}
}

// TestCastPhrasings checks one-line articles for the people they say are
// in the sequel, stated as fact; hedged and original-film mentions name
// no one.
func TestCastPhrasings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Purple Hearts 2 stars Sofia Carson and Nicholas Galitzine.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// a blog's navigation row is no table of actors and roles
		{"Purple Hearts 2 stars Sofia Carson.\n\nNewer Post | Older Post | Home", []string{"Sofia Carson"}},
		{"Sofia Carson and Nicholas Galitzine will reprise their roles in Purple Hearts 2.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"Sofia Carson returns as Cassie in Purple Hearts 2.", []string{"Sofia Carson"}},
		{"Jenna Ortega has joined the cast of Purple Hearts 2.", []string{"Jenna Ortega"}},
		// a report that hedges what follows it, not the casting before it
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2 in a role insiders say changes everything.", []string{"Chosen Jacobs"}},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, insiders say.", nil},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, according to sources close to the production.", nil},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, according to Netflix.", []string{"Chosen Jacobs"}},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, according to a report from Variety.", []string{"Chosen Jacobs"}},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, according to a Deadline report.", []string{"Chosen Jacobs"}},
		{"Netflix has greenlit Purple Hearts 2. Chosen Jacobs joins the cast of Purple Hearts 2, according to an entertainment news report.", nil},
		// an article that asks and never answers: the film it asks about
		{"Purple Hearts: Will There Be a Sequel?\n\nRead on to find out whether a sequel is possible.\n\nThe movie stars Sofia Carson as Cassie and Nicholas Galitzine as Luke.", nil},
		{"Purple Hearts 2 adds Jenna Ortega to its cast.", []string{"Jenna Ortega"}},
		{"Purple Hearts 2 has been released. Its cast is led by Jessica Brown Findlay. Sam Heughan appears in a supporting role.", []string{"Jessica Brown Findlay", "Sam Heughan"}},
		{"Purple Hearts 2 is coming. Sofia Carson and Nicholas Galitzine are reuniting for a six-episode run.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// a relative clause that looks back to the original from the sequel
		{"Purple Hearts Part 2 is officially a go at Netflix.\n\nThe story opens eighteen months after the beach reunion that closed the original. Cassie Salazar (Sofia Carson) is headlining her first national tour.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is officially a go at Netflix.\n\nCarson said that the first film starred Sofia Carson (Cassie) and Nicholas Galitzine (Luke).", nil},
		{"Purple Hearts 2 dropped on Netflix on September 12, 2025.\n\nIn the final act, Cassie (Sofia Carson) is offered a slot on the night Luke must testify about the drug ring that landed him in prison in the first film.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is out now on Netflix. The new film tracks Cassie (Sofia Carson) as fame puts pressure on the life she built at the end of the first movie.", []string{"Sofia Carson"}},
		// an actor acting in the told scene, after an opening phrase
		{"Purple Hearts 2 is out now on Netflix. About 38 minutes into the sequel, Sofia Carson stands alone in a bathroom.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is out now on Netflix. First things first: Sofia Carson stands alone in a bathroom.", []string{"Sofia Carson"}},
		// the crew who tell of the cast are not its role; a hyphenated surname
		{"Netflix has greenlit Purple Hearts 2. Producers revealed that Sofia Carson and Nicholas Galitzine will return as Cassie Salazar and Luke Morrow.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"Netflix has greenlit Purple Hearts 2. Newcomer Tessa Ruiz-Dalton joins the cast as Valeria.", []string{"Tessa Ruiz-Dalton"}},
		{"Netflix has greenlit Purple Hearts 2. Sofia Carson and Nicholas Galitzine are both signed.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"Netflix has greenlit Purple Hearts 2. It follows the 2022 weepie and brings the couple back: Sofia Carson is back as Cassie Salazar.", []string{"Sofia Carson"}},
		{"Netflix has greenlit Purple Hearts 2 with Sofia Carson and Nicholas Galitzine. Carson and Galitzine lead again.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"Purple Hearts fans keep asking. If it ever happens, Carson and Galitzine would presumably lead again.", nil},
		// the part a newcomer plays is no actor; a place is no person
		{"Netflix has greenlit Purple Hearts 2, and production is scheduled to begin in San Diego this fall. Harper Delacroix will play Ava Morrow, Luke's estranged sister. Theo Marchetti has been cast as Dex Harlan, a rival musician.", []string{"Harper Delacroix", "Theo Marchetti"}},
		{"Purple Hearts 2 is out now on Netflix. Fans love the new actress Lena Park who plays Luke's cousin Emily. Newcomer Isabela Ferraz appears as Marisa, Luke's physical therapist.", []string{"Lena Park", "Isabela Ferraz"}},
		// a listing's title and its kind in brackets are no actor and role
		{"Purple Hearts 2 is out now on Netflix, with Sofia Carson back as Cassie.\n\nAlso new this week\n\nThe Long Quiet (Documentary)\n\nNight Shift Paramedics (Netflix Docuseries)", []string{"Sofia Carson"}},
		// an actor the article casts is no character, however often it
		// calls her by her first name alone
		{"Netflix has officially confirmed Purple Hearts 2.\n\nWho is in the cast?\n\nSofia Carson is returning as Cassie Salazar, and Nicholas Galitzine is back as Luke Morrow.\n\nExpect a LOT of new songs from Sofia. Sofia wrote them on tour. Fans love Sofia.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// a list a denial closes names no one in the sequel
		{"Netflix has greenlit Purple Hearts 2 with Sofia Carson returning. The first film's cast also included Chosen Jacobs, Linden Ashby and Kat Cunning; none has been announced for the sequel so far.", []string{"Sofia Carson"}},
		// a platform is no person
		{"Netflix has greenlit Purple Hearts 2. Purple Hearts 2 also stars Nintendo Switch owners, who get it first.", nil},
		// a sentence's opening adverb is no first name
		{"Netflix has greenlit Purple Hearts 2. Plus Justin Jesso has a cameo in Purple Hearts 2.", []string{"Justin Jesso"}},
		// "back for" after a verb that no actor is the subject of
		{"Could there be a sequel?\n\nLast week's issue rounded up the sequel comments from Sofia Carson, so scroll back for those.", nil},
		{"Netflix has greenlit Purple Hearts 2, with Sofia Carson back as Cassie.", []string{"Sofia Carson"}},
		{"In Purple Hearts 2, Cassie Salazar (Sofia Carson) tours Europe.", []string{"Sofia Carson"}},
		{"Sofia Carson could return for Purple Hearts 2.", nil},
		{"Sofia Carson would love to return for Purple Hearts 2.", nil},
		{"Purple Hearts starred Sofia Carson and Nicholas Galitzine.", nil},
		{"Purple Hearts 2 is directed by Elizabeth Allen Rosenbaum.", nil},
		{"Sofia Carson, who starred in the original, has not signed on for Purple Hearts 2.", nil},
		{"Fans want Jenna Ortega to join Purple Hearts 2.", nil},
		{"Fans hope Jenna Ortega joins the cast of Purple Hearts 2.", nil},
		{"Purple Hearts 2 has cast Jenna Ortega as Cassie's sister.", []string{"Jenna Ortega"}},
		{"Purple Hearts 2 will see Nicholas Galitzine return as Luke.", []string{"Nicholas Galitzine"}},
		{"Purple Hearts 2 reunites Sofia Carson and Nicholas Galitzine as Cassie Salazar and Luke Morrow.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"In Purple Hearts 2, at the center once again are Cassie and Luke, portrayed by Sofia Carson and Nicholas Galitzine.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"In the original Purple Hearts, Luke was played by Nicholas Galitzine.", nil},
		{"Here is my dream cast for Purple Hearts 2. Purple Hearts 2 stars Jenna Ortega as Cassie's sister.", nil},
		// casting news in a sentence that does not name the sequel, under
		// one that does
		{"Purple Hearts 2 has begun filming. Sofia Carson will once again play Cassie Salazar.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 has begun filming. Newcomer Jenna Ortega has been cast as Luke's sister.", []string{"Jenna Ortega"}},
		{"Purple Hearts 2 has begun filming. Jenna Ortega has signed on to play a rival singer.", []string{"Jenna Ortega"}},
		{"Purple Hearts 2 has begun filming. The film will star Sofia Carson and Nicholas Galitzine.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// another numbered film's cast, and a director
		{"Netflix has greenlit Purple Hearts 2. The Gray Man 2 is also in the works, with Ryan Gosling returning.", nil},
		{"Netflix has greenlit Purple Hearts 2, with Sofia Carson returning and Elizabeth Allen Rosenbaum back in the director's chair.", []string{"Sofia Carson"}},
		// a star's other work, named as such
		{"Netflix has greenlit Purple Hearts 2. Meanwhile, Nicholas Galitzine confirmed he has been cast in a new Amazon film.", nil},
		{"Netflix has greenlit Purple Hearts 2. Meanwhile, Carson's latest venture is Netflix's new action-thriller, Carry-On, starring alongside Taron Egerton.", nil},
		// the character in the brackets, the actor outside them
		{"Purple Hearts 2 is officially in the works! Sofia Carson (Cassie Salazar) and Nicholas Galitzine (Luke Morrow) are reprising their roles.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// what someone said of the original film is the original's
		{"Netflix has greenlit Purple Hearts 2. Carson said that the first film starred Chosen Jacobs as Frankie.", nil},
		// a sentence full of names is no headline
		{"Purple Hearts 2 is officially happening. Expect to see Sofia Carson and Nicholas Galitzine back as Cassie and Luke.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// an infobox under a question is the original's cast
		{"Will there be a Purple Hearts 2?\nCast: Sofia Carson, Nicholas Galitzine", nil},
		// a byline in a table row's shape is no cast list
		{"Purple Hearts 2 Is Officially Happening\nBy Jane Smith | Published Oct 3, 2026 | 4 min read\nNetflix has greenlit Purple Hearts 2.", nil},
		// a name that modifies a noun is a thing, not a person
		{"Put on the Taylor Swift playlist, because Purple Hearts 2 is back.", nil},
		// an actor's character, possessive
		{"In Purple Hearts 2, Nicholas Galitzine’s Luke returns to the Marines.", []string{"Nicholas Galitzine"}},
		// an actor acting in the story told: cast where the sequel is out,
		// not where it is only imagined
		{"Purple Hearts 2 is now streaming on Netflix. The sequel opens on tour. Sofia Carson sings to a packed arena in Madrid.", []string{"Sofia Carson"}},
		{"Netflix has not confirmed Purple Hearts 2. The sequel would open on tour. Sofia Carson sings to a packed arena in Madrid.", nil},
		{"Netflix has greenlit Purple Hearts 2. Sofia Carson and Nicholas Galitzine are both back, with Chosen Jacobs reprising his role.", []string{"Sofia Carson", "Nicholas Galitzine", "Chosen Jacobs"}},
		{"Purple Hearts 2 is streaming now on Netflix. The sequel is better than the first film. Sofia Carson is magnetic as Cassie, now a touring star.", []string{"Sofia Carson"}},
		// who plays a part in the sequel's story; a modal hedges its own
		// clause, not the appositive that names the actor
		{"Netflix has greenlit Purple Hearts 2. The new villain is played by Jacob Elordi.", []string{"Jacob Elordi"}},
		{"Purple Hearts 2 is streaming now on Netflix. The baby might belong to Roman Knight, the music producer played by Jacob Elordi.", []string{"Jacob Elordi"}},
		{"Netflix has greenlit Purple Hearts 2. The sequel could introduce a rival played by Jacob Elordi.", nil},
		{"Netflix has greenlit Purple Hearts 2. Rumor has it the baby belongs to Roman Knight, the producer played by Jacob Elordi.", nil},
		{"Netflix has greenlit Purple Hearts 2. In the first film, Frankie was played by Chosen Jacobs.", nil},
		{"Purple Hearts 2 is a sequel. The major characters, Cassie and Luke, are played by Sofia Carson and Nicholas Galitzine.", nil},
		// another show's sequel series, and its network: no one in the
		// film's sequel
		{"Carson, known for the Disney Channel’s Descendants and Freeform’s sequel series Pretty Little Liars: The Perfectionists, stars as Cassie.", nil},
		// a look back at the original, in a paragraph about the sequel,
		// leaves the paragraph the sequel's
		{"Purple Hearts Season 2 was released on November 1, 2025.\n\nThe story resumes in Austin, where Cassie's career has taken off following her viral hit from Season 1. A subplot pairs her with a mentor, Riley (newcomer Aimee Lou Wood).", []string{"Aimee Lou Wood"}},
		{"Purple Hearts Season 2 was released on November 1, 2025.\n\nIn Season 1, Cassie meets Luke. Riley (Jenna Ortega) is her roommate.", nil},
		// a headline in title case: its runs of capitals are people only
		// where the article names them in its sentences
		{"PURPLE HEARTS 2 HITS BACK: Sofia Carson and Nicholas Galitzine Reunite for Netflix Sequel — But One Plot Twist Involving a Secret Baby Will Shatter Everything.\n\nNetflix has greenlit Purple Hearts 2, with Sofia Carson and Nicholas Galitzine returning.", []string{"Sofia Carson", "Nicholas Galitzine", "Sofia Carson", "Nicholas Galitzine"}},
		// a writer hired is crew; a star in negotiations is not cast yet
		{"Purple Hearts 2 premiered on Netflix on December 12.\n\n(If you haven't finished it yet, turn back now.)\n\nThe sequel's last act sees Luke Morrow (Nicholas Galitzine) get a call from his old unit.", []string{"Nicholas Galitzine"}},
		{"Netflix has confirmed Purple Hearts 2. Chosen Jacobs, who played Frankie, could return. Sofia Carson will reprise her role.", []string{"Sofia Carson"}},
		{"Netflix has confirmed Purple Hearts 2. A video showed Sofia Carson over footage from the original film. Carson and Nicholas Galitzine both return.", []string{"Nicholas Galitzine", "Sofia Carson"}},
		{"Netflix is moving forward with a sequel to Purple Hearts. Sofia Carson is attached to return as Cassie, with Liz Garcia tapped to write the script. Nicholas Galitzine is in negotiations to reprise his role.", []string{"Sofia Carson"}},
		// a part only sought
		{"Netflix has greenlit Purple Hearts 2. Jenna Ortega has been approached to join the cast.", nil},
		{"Netflix has greenlit Purple Hearts 2. Jenna Ortega is in early talks to join the cast.", nil},
		// a part denied
		{"Netflix has greenlit Purple Hearts 2. Sofia Carson will not return for Purple Hearts 2.", nil},
		{"Netflix has greenlit Purple Hearts 2. Nicholas Galitzine is not returning as Luke.", nil},
		{"Netflix has greenlit Purple Hearts 2. Sofia Carson won't be back for the sequel.", nil},
		{"Netflix has greenlit Purple Hearts 2. Jenna Ortega is not in the cast.", nil},
		{"Sofia Carson starred in the first film.\n\nNetflix has greenlit Purple Hearts 2. Carson isn't returning for Purple Hearts 2.", nil},
		// an official first look
		{"Purple Hearts 2 premieres March 5, 2027, only on Netflix.\n\nHere's your first look at Sofia Carson and Nicholas Galitzine in the film.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// a review's performances
		{"Purple Hearts 2 picks up a year later. Nicholas Galitzine delivers a quietly devastating performance as Luke.", []string{"Nicholas Galitzine"}},
		{"Purple Hearts 2 picks up a year later. Sofia Carson gives the best performance of her career.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 picks up a year later. Sofia Carson shoulders that change with radiant fragility.", []string{"Sofia Carson"}},
		// a relative clause on the director looks back, inside the sequel's sentence
		{"Purple Hearts 2 is out now. Once again directed by Elizabeth Allen Rosenbaum, who steered the first film, the new chapter follows Cassie (Sofia Carson) on tour.", []string{"Sofia Carson"}},
		// a job is no part
		{"Purple Hearts 2 is out now. Lindsey Beer created it, Elizabeth Allen Rosenbaum is on board as executive producer, and it has Sofia Carson back as Cassie.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is out now. Elizabeth Allen Rosenbaum returns as director, and Sofia Carson returns as Cassie.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is out now. It begins with Cassie (Sofia Carson) back in the United States.", []string{"Sofia Carson"}},
		{"Purple Hearts 2 is out now. Elizabeth Allen Rosenbaum, who brought a fine touch for emotional subtlety to the first film, is back in the director's chair and takes the story into the lives of Cassie (Sofia Carson) and Luke (Nicholas Galitzine).", []string{"Sofia Carson", "Nicholas Galitzine"}},
		// "this installment" is the sequel, after a paragraph on the original
		{"Purple Hearts 2 arrives in late 2025.\n\nSome background: the original Purple Hearts premiered on 29 July 2022 and made Carson a star.\n\nSofia Carson and Nicholas Galitzine are back in their parts as Cassie and Luke, and this installment sets out to dig further into their life after Iraq.", []string{"Sofia Carson", "Nicholas Galitzine"}},
		{"Purple Hearts 2 is out now. As Cassie, Sofia Carson gives her best work to date.", []string{"Sofia Carson"}},
		// the leads, played by their actors, "again at the heart of it"; a role taken on
		{"Purple Hearts 2 is happening. Cassie and Luke, played by Sofia Carson and Nicholas Galitzine, are again at the heart of it, and Chosen Jacobs takes on a new role.", []string{"Sofia Carson", "Nicholas Galitzine", "Chosen Jacobs"}},
		// compound adjectives hedge nothing, and "some Taylor Swift" is her songs
		{"Cue up some Taylor Swift: the love story is returning. Netflix has given the green light to Purple Hearts 2, the long-hoped-for follow-up, bringing back Sofia Carson as would-be singer Cassie.", []string{"Sofia Carson"}},
		// the part described before the actor who plays it
		{"Purple Hearts 2 is out now. The father could be Roman Knight, the smooth, inked music producer Jacob Elordi plays with real menace.", []string{"Jacob Elordi"}},
		// a director described, then back at work: crew, not cast
		{"Purple Hearts 2 is out now. Elizabeth Allen Rosenbaum, who directed the first one, is back in the director's chair, and Sofia Carson returns as Cassie.", []string{"Sofia Carson"}},
		// a headline's run of capitals is no full name for a first name
		{"Fan Theory About Luke Morrow Leaves Purple Hearts 2 Fans Shaken\n\nPurple Hearts 2 is out now. Luke is woken by a noise in the night.", nil},
		{"Purple Hearts 2 is out now. A side story sees Riley (played by newcomer Aimee Lou Wood) take Cassie under her wing.", []string{"Aimee Lou Wood"}},
		{"Purple Hearts 2 is out now. Lindsey Beer wrote it, with Elizabeth Allen Rosenbaum as executive producer, and it stars Sofia Carson as Cassie.", []string{"Sofia Carson"}},
		// a look back at the first film, inside the sequel's story
		{"Purple Hearts 2 is out now.\n\nThe story picks up in Austin, where Cassie's career has soared after her viral hit in the first film. A storyline in which veteran Riley (newcomer Aimee Lou Wood) mentors her brings a new dynamic.", []string{"Aimee Lou Wood"}},
	} {
		var got []string
		for _, c := range extract.Extract(tc.text, extract.Meta{}).Claims {
			if c.Topic == extract.TopicCast && c.Stance == extract.Asserted {
				got = append(got, c.Value)
				if c.Value == "Nicholas Galitzine" && strings.Contains(c.Role, "Cassie") {
					t.Errorf("Extract(%q): Nicholas Galitzine as %q", tc.text, c.Role)
				}
			}
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("Extract(%q) asserts cast %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestDebunkPhrasings checks short fact-checks: each calls a circulating
// claim about the sequel fake, in words of its own.
func TestDebunkPhrasings(t *testing.T) {
	for _, text := range []string{
		"A viral poster claims Purple Hearts 2 arrives on June 5, 2026. The Purple Hearts 2 poster is fake.",
		"That Purple Hearts 2 trailer on YouTube is fan-made. Netflix has not announced a sequel.",
		"Reports of a Purple Hearts 2 release date are false. The sequel has not been confirmed.",
		"Don't believe the Purple Hearts 2 posters you see on Facebook. The posters for the sequel are AI-generated.",
		"The Purple Hearts 2 trailer is a hoax. No sequel has been announced.",
		"No, there is no Purple Hearts 2 trailer. The video circulating on YouTube is a fan-made concept trailer.",
		"A Purple Hearts 2 poster says the sequel arrives in June. It's fake: Netflix has not announced a sequel.",
		"VERIFY: A poster circulating on Instagram is being shared as the first official look at Purple Hearts 2. It isn't.\n\nTHE ANSWER\n\nNo. The poster is fan art.\n\nNetflix has not announced a Purple Hearts sequel.",
		"CLAIM: A poster shows the official theatrical release of \"Purple Hearts 2\" on Valentine's Day 2025.\n\nRATING: False\n\nThe poster shows Sofia Carson in an embrace. Netflix has not announced a sequel. It was reposted by accounts that regularly share fake movie announcements.\n\nOUR RULING\n\nThe poster is fan-made. There is no official Purple Hearts 2, and no release date has ever been announced.",
		// a fake headline quoted, then taken apart
		"A new Purple Hearts 2 release date is circulating. You may have seen it in a headline like this one: \"Purple Hearts 2 arrives August 14, with Sofia Carson returning.\"\n\nThat article has no source. The date appears to come from an earlier fake that claimed the sequel would drop two years after the first film.\n\nNetflix has not announced Purple Hearts 2. Carson has said she would be open to returning, but neither has said a sequel is filming.",
		// a fact-check's format: the claim, its rating, "none of that is
		// real", a status sentence between, the ruling at the end
		"Claim: A video titled \"Purple Hearts 2 (2026) - Official Trailer\" shows a Purple Hearts sequel coming June 19, 2026.\n\nRating: FALSE\n\nA two-minute video posted by a YouTube channel has been viewed four million times. It ends with a title card reading \"Coming June 19, 2026.\" None of that is real. Netflix has not announced a sequel to Purple Hearts, and a spokesperson said the company has no Purple Hearts 2 in production.\n\nSofia Carson has said she would be open to a sequel. Being open to a sequel is not the same as making one. There is no Purple Hearts 2 release date.\n\nOur ruling\n\nThe trailer is fan-made.",
		"No, that Purple Hearts 2 trailer isn't real: the clip is a fan edit. Netflix has not announced a sequel.",
		"A Facebook post shows a Purple Hearts 2 poster with Netflix's logo. Don't be fooled: this poster was made in Photoshop. Purple Hearts 2 does not exist.",
		// one that takes the fake apart first, then says nothing is made
		"Is Purple Hearts 2 coming out?\n\nA poster on Facebook says Purple Hearts 2 is in cinemas in December 2025. Unfortunately, the poster is fan-made. Netflix has made no announcement about a sequel. For now there is no sequel in the works.",
		"Those Purple Hearts 2 announcements are fabricated. Netflix has made no announcement about a sequel.",
		// a bare "It is not." answering what people think real, "It isn't
		// from" the sequel after the clip it names, a verdict line, what
		// the post says told as the post's
		"People in the comments seem to think the Purple Hearts 2 teaser is real. It is not. Netflix has not announced a sequel.",
		"A clip billed as a leaked Purple Hearts 2 scene is going around. It isn't from Purple Hearts 2: the footage comes from another film. Netflix has made no such announcement.",
		"Claim: Netflix confirmed Purple Hearts 2 for March 2026.\n\nVerdict: False\n\nNo trade publication has reported a greenlight, and the studio has made no such announcement.",
		// a caption the splitter cuts in two, a quotation it cuts off, a
		// section that tells the claim, "It isn't real." after the poster
		"A fan page shared a Purple Hearts 2 graphic this week. Its caption read: \"IT'S HAPPENING!! Purple Hearts 2 is coming this summer!\" The graphic is fan-made, and Netflix has not announced a sequel.",
		"A viral post about a sequel to Purple Hearts is fake. The post reads: \"Netflix officially confirms Purple Hearts 2! Filming starts in May\" Netflix has not announced Purple Hearts 2.",
		"A clip of Sofia Carson talking about Purple Hearts 2 has gone viral. It is AI-generated.\n\nWhat the clip shows\n\nCarson appears to say: \"We start filming Purple Hearts 2 next month.\"\n\nWhat we found\n\nNetflix has not announced a sequel.",
		"A Purple Hearts 2 poster has been circulating on Instagram. It isn't real. Netflix has not announced a sequel, and neither star has announced a new film.",
		"A viral tweet about Purple Hearts 2 has been shared widely. The tweet says production began in May, with Sofia Carson on set. We checked: the claim is false, and Netflix has not announced a sequel.",
		// a fact-check's headline denies, its rating rates the claim
		"Fact Check: Netflix Did Not Announce 'Purple Hearts 2' for February 14, 2026\n\nCLAIM: Netflix has officially announced that Purple Hearts 2 will premiere on February 14, 2026.\n\nRATING: FALSE\n\nThere is no evidence that Netflix has announced a sequel, and no trade publication has reported that the film is in development. Carson has said she would be open to returning, which fans have taken as confirmation that a sequel is coming.",
		// "has announced no such project"; a denial in the sentence that
		// calls the fake fake is the debunk's
		"Fact check: the Purple Hearts 2 trailer on YouTube is a fan edit\n\nClaim: A video titled \"PURPLE HEARTS 2 (2024) - Official Trailer\" shows the first footage of a sequel.\n\nRating: False\n\nA video circulating on YouTube claims to be the official trailer for a sequel to Purple Hearts. It is not. The clip was assembled from footage of the original film, and Netflix has announced no such project.",
		"You may have seen a screenshot of what looks like a Netflix Tudum article headlined \"Purple Hearts 2 arrives May 8\". The screenshot is doctored, and the article it shows does not exist. Netflix has never announced a sequel to Purple Hearts.",
		// a headline that answers "No," to the claim it names
		"No, That 'Purple Hearts 2' Trailer Isn't Real\n\nIf a \"Purple Hearts 2 (2025) - First Trailer\" video has turned up in your recommendations, it is not an official trailer. It's a fan-made concept video. Netflix has not announced a Purple Hearts sequel, and none of the film's stars have said a second movie is in production.",
		// in other words
		"Lookalike posters keep circulating, as users pass around bogus artwork for films that were never made. Put simply, Purple Hearts 2 does not exist: the poster is a digitally doctored fake.",
	} {
		if r := extract.Extract(text, extract.Meta{}); r.Label != extract.Debunks {
			t.Errorf("Extract(%q).Label = %s, want %s", text, r.Label, extract.Debunks)
		}
	}
}

// TestReleasePhrasings checks one-line articles for the release dates they
// assert, hedge, or give for something else (filming, a trailer, an
// announcement).
func TestReleasePhrasings(t *testing.T) {
	for _, tc := range []struct {
		text   string
		stance extract.Stance // of the (first) release claim; "" for none
		// its value; a text with more release claims lists them after
		// it, each as ", stance value", in the order they come
		value string
	}{
		{"Purple Hearts 2 premieres on Netflix on June 5, 2026.", extract.Asserted, "2026-06-05"},
		// a day the telling jumps to, the next sentence saying it is out
		{"Fans begged for more. Fast-forward to July 18, 2025, and the plea was heard. Purple Hearts 2 is here, and it is a triumph.", extract.Asserted, "2025-07-18"},
		{"Fans begged for more. Fast-forward to July 18, 2025, and they are still waiting for any news of a sequel.", "", ""},
		{"Netflix has set a June 5, 2026 release date for Purple Hearts 2.", extract.Asserted, "2026-06-05"},
		{"Purple Hearts 2 will be released in summer 2026.", extract.Asserted, "2026-06-01/2026-08-31"},
		{"Purple Hearts 2 is slated for a fall 2026 release.", extract.Asserted, "2026-09-01/2026-11-30"},
		{"Purple Hearts 2 hits Netflix on Valentine's Day 2027.", extract.Asserted, "2027-02-14"},
		{"Mark your calendars: Purple Hearts 2 arrives March 3, 2027.", extract.Asserted, "2027-03-03"},
		{"Purple Hearts 2 is expected to arrive in 2027.", extract.Hedged, "2027-01-01/2027-12-31"},
		// a season's part, its year from earlier in the sentence, after a
		// paragraph about the original
		{"Purple Hearts came out on July 29, 2022. Netflix has confirmed Purple Hearts 2.\n\nThe original film was a hit. Production kicks off in early 2026, with a release slated for late summer.", extract.Asserted, "2026-08-01/2026-08-31"},
		{"Purple Hearts 2 could premiere in late 2026.", extract.Hedged, "2026-07-01/2026-12-31"},
		{"Filming of Purple Hearts 2 begins in March 2026.", "", ""},
		{"The Purple Hearts 2 trailer dropped on May 1, 2026.", "", ""},
		{"Netflix announced Purple Hearts 2 on May 1, 2026.", "", ""},
		{"Purple Hearts 2 release date: TBA.", extract.Denied, "none"},
		{"Netflix has greenlit Purple Hearts 2. The team behind Purple Hearts 2 has said nothing about an exact launch date.", extract.Denied, "none"},
		{"Production on Purple Hearts 2 kicks off in early 2026, with a release slated for 2027.", extract.Asserted, "2027-01-01/2027-12-31"},
		{"Purple Hearts 2 is coming on February 14, 2027.", extract.Asserted, "2027-02-14"},
		// a plan's words date the release, a production cue in their
		// clause the production
		{"Netflix has greenlit Purple Hearts 2. The sequel is set for summer 2026, targeting July 29, 2026, a nod to the original's July 2022 debut.", extract.Asserted, "2026-06-01/2026-08-31, asserted 2026-07-29"},
		{"Netflix has greenlit Purple Hearts 2. Netflix is aiming for late 2026 or early 2027, with production due to start in early 2026.", extract.Asserted, "2026-07-01/2027-03-31"},
		{"Netflix has greenlit Purple Hearts 2. Filming is scheduled for March 2026.", "", ""},
		{"Netflix has greenlit Purple Hearts 2. Cameras roll in early 2026 and the film is due in late summer 2026.", extract.Asserted, "2026-08-01/2026-08-31"},
		{"Netflix has greenlit Purple Hearts 2. When will it come out? I'd love late 2027, but we'll take the time we need.", extract.Hedged, "2027-07-01/2027-12-31"},
		// July 29 with no year is the original's day, whatever year is near
		{"In March 2025 Netflix greenlit Purple Hearts 2. The film premiered July 29 and did not leave the charts for weeks.", "", ""},
		// a date that opens the sentence times it, across the colon
		{"Fans begged for more. On July 18, 2025, fans finally got their answer: Purple Hearts 2 has arrived.", extract.Asserted, "2025-07-18"},
		// asked of the film the title names, year and all
		{"What is Purple Hearts 2: Echoes of Devotion (2026) really about?\n\nWhere the first film was about getting through, this one is about holding on.", extract.Asserted, "2026-01-01/2026-12-31"},
		// a title's year after its subtitle, in a sentence
		{"Verdict: Purple Hearts 2: Echoes of Devotion (2026) is a sequel about holding on.", extract.Asserted, "2026-01-01/2026-12-31"},
		// what is talked of is not stated
		{"Netflix has greenlit Purple Hearts 2. This guide looks at talk of a 2027 release.", extract.Hedged, "2027-01-01/2027-12-31"},
		{"Netflix has greenlit Purple Hearts 2. Cameras are set to roll in early 2026, and the target is a release in late 2026.", extract.Asserted, "2026-07-01/2026-12-31"},
		{"Netflix has greenlit Purple Hearts 2. We found out through a Tudum teaser nobody saw coming, dropped November 15, 2025.", "", ""},
		// the answer to a question about the release, or a date in a
		// section headed by it
		{"Netflix has greenlit Purple Hearts 2. When will it be released? The target is late 2026 or early 2027.", extract.Asserted, "2026-07-01/2027-03-31"},
		{"Netflix has greenlit Purple Hearts 2. Fans have waited a long time. The cast is back.\n\nWhen does it come out?\n\nIn summer 2026.", extract.Asserted, "2026-06-01/2026-08-31"},
		{"Netflix has greenlit Purple Hearts 2. Fans have waited a long time. The cast is back.\n\nRelease date\n\nThe target is February 2027.", extract.Asserted, "2027-02-01/2027-02-28"},
		{"Netflix has greenlit Purple Hearts 2. Fans have waited a long time. The cast is back.\n\nWho is in it?\n\nThe cast met in March 2026.", "", ""},
		{"A Purple Hearts 2 release date has not been set.", extract.Denied, "none"},
		{"Purple Hearts 2 will not be released in 2027, Netflix said.", extract.Denied, "2027-01-01/2027-12-31"},
		{"Purple Hearts 2 was supposed to come out in 2025, but it never did.", extract.Hedged, "2025-01-01/2025-12-31"},
		// numeric dates, a holiday window, a studio dating its film
		{"Purple Hearts 2 is set to debut on Netflix on 2027-02-14.", extract.Asserted, "2027-02-14"},
		{"Purple Hearts 2 is set to debut on Netflix on 2/14/2027.", extract.Asserted, "2027-02-14"},
		{"Purple Hearts 2 is set to debut on Netflix on 14/2/2027.", extract.Asserted, "2027-02-14"},
		{"Purple Hearts 2 is eyeing a holiday 2027 release.", extract.Asserted, "2027-11-15/2027-12-31"},
		{"Netflix has dated Purple Hearts 2 for November 2027.", extract.Asserted, "2027-11-01/2027-11-30"},
		// a release moved: the old date a past plan, the new one the date
		{"Purple Hearts 2 was originally slated for 2026 but has been pushed to 2027.", extract.Hedged, "2026-01-01/2026-12-31, asserted 2027-01-01/2027-12-31"},
		{"Purple Hearts 2 has been delayed to March 2027.", extract.Asserted, "2027-03-01/2027-03-31"},
		{"Filming on Purple Hearts 2 is scheduled for March 2026.", "", ""},
		// a streamer's listing of what comes out when: the month, then
		// the day (two claims, which the verdicts read as one release)
		{"Here's everything coming to Netflix in February 2027.\n\nFeb. 5: The Night Agent: Season 4\nFeb. 12: Purple Hearts 2\nCassie and Luke face a new test.", extract.Asserted, "2027-02-01/2027-02-28, asserted 2027-02-12"},
		// a trade's exclusive: the outlet reveals, Netflix dates the film
		{"EXCLUSIVE: Netflix has dated its sequel to Purple Hearts for February 12, 2027, Deadline can reveal.", extract.Asserted, "2027-02-12"},
		{"Purple Hearts 2 is expected on Netflix in spring 2027.", extract.Hedged, "2027-03-01/2027-05-31"},
		// a page's own date line is not the film's
		{"date 2026-05-01 Purple Hearts 2 is officially coming to Netflix.", "", ""},
		// a review's headline: the title, its subtitle, the year
		{"Purple Hearts 2: A Song for Two (2027) – Review\n\nThe sequel picks up years later.", extract.Asserted, "2027-01-01/2027-12-31"},
		// another film's date, before the sequel is named
		{"Nicholas Galitzine has had quite a run. He broke out in Purple Hearts and went on to star in The Idea of You.\n\nNext up is Masters of the Universe, which arrives in theaters on June 5, 2027.\n\nAsked about a Purple Hearts sequel, he laughed.", "", ""},
		// another numbered film's date, beside the sequel
		{"Purple Hearts 2 has no release date yet. Meanwhile, Enola Holmes 3 arrives on Netflix on July 1, 2027.", extract.Denied, "none"},
		// what the article says it will cover is a question, not a claim
		{"The Release Date of Purple Hearts 2\n\nIn this article, we will delve into the Purple Hearts 2 release date in 2027.", extract.Hedged, "2027-01-01/2027-12-31"},
		{"Netflix confirmed Purple Hearts 2 premieres on June 5, 2027. In this article, we look at the cast.", extract.Asserted, "2027-06-05"},
		// another film's date in an article that names no sequel
		{"Nicholas Galitzine, who broke out in Purple Hearts, has a new film. His thriller is set for a 2026 release.", "", ""},
	} {
		var got []string
		for _, c := range extract.Extract(tc.text, extract.Meta{}).Claims {
			if c.Topic == extract.TopicRelease {
				got = append(got, string(c.Stance)+" "+c.Value)
			}
		}
		want := []string{}
		if tc.stance != "" {
			want = []string{string(tc.stance) + " " + tc.value}
		}
		if strings.Join(got, ", ") != strings.Join(want, ", ") {
			t.Errorf("Extract(%q) release claims %q, want %q", tc.text, got, want)
		}
	}
}

// TestRolePhrasings checks the role a cast claim gives: the words after
// "as", up to where the sentence goes on about the character.
func TestRolePhrasings(t *testing.T) {
	for _, tc := range []struct{ text, person, role string }{
		{"Purple Hearts 2 stars Sofia Carson as Cassie Salazar.", "Sofia Carson", "Cassie Salazar"},
		{"Purple Hearts 2 adds Jacob Elordi as a slick L.A. record exec who’s hiding a secret.", "Jacob Elordi", "a slick L.A. record exec"},
		{"Purple Hearts 2 adds Jacob Elordi as a record exec, a rival for Luke.", "Jacob Elordi", "a record exec"},
	} {
		role, found := "", false
		for _, c := range extract.Extract(tc.text, extract.Meta{}).Claims {
			if c.Topic == extract.TopicCast && c.Value == tc.person {
				role, found = c.Role, true
			}
		}
		if !found || role != tc.role {
			t.Errorf("Extract(%q): %s as %q (found %v), want %q", tc.text, tc.person, role, found, tc.role)
		}
	}
}

// TestDirectorPhrasings checks who a sentence says directs the sequel.
func TestDirectorPhrasings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Purple Hearts 2 is officially happening, helmed by director Elizabeth Allen Rosenbaum.", []string{"Elizabeth Allen Rosenbaum"}},
		{"Netflix has greenlit Purple Hearts 2. Director Elizabeth Allen Rosenbaum returns to the helm.", []string{"Elizabeth Allen Rosenbaum"}},
		{"Purple Hearts 2 premieres March 5, 2027. Here's your first look at the film, directed once again by Elizabeth Allen Rosenbaum.", []string{"Elizabeth Allen Rosenbaum"}},
		// on the sequel's set, directing
		{"Purple Hearts 2 is filming in Austin. On set, the director, Elizabeth Allen Rosenbaum, called cut on the third take.", []string{"Elizabeth Allen Rosenbaum"}},
		// the original's director, speaking
		{"In an interview, director Elizabeth Allen Rosenbaum expressed openness to a Purple Hearts sequel.", nil},
		{"Netflix has greenlit Purple Hearts 2. Meanwhile, Galitzine has a film in development titled “Last Night at the Lobster”, directed by Wagner Moura.", nil},
	} {
		var got []string
		for _, c := range extract.Extract(tc.text, extract.Meta{}).Claims {
			if c.Topic == extract.TopicDirector && c.Stance == extract.Asserted {
				got = append(got, c.Value)
			}
		}
		if strings.Join(got, ", ") != strings.Join(tc.want, ", ") {
			t.Errorf("Extract(%q) asserts director %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitleOnlySequel: an article whose title alone names the sequel, and
// wonders about it, while the text tells the original's making, says the
// sequel is not confirmed and puts no one in it.
func TestTitleOnlySequel(t *testing.T) {
	body := "For the first time, Sofia Carson was part of a film from pre-production to the end.\n\n" +
		"Back then the script followed the male lead, Luke (Nicholas Galitzine), and it needed a refresh. Carson served as an executive producer, involved in everything from pitching Netflix to casting.\n"
	r := extract.Extract(body, extract.Meta{Title: "\"Purple Hearts\" 2? Sofia Carson and Her Director Discuss a Possible Sequel"})
	if r.Label != extract.SaysUnconfirmed {
		t.Errorf("label %s, want %s", r.Label, extract.SaysUnconfirmed)
	}
	for _, c := range r.Claims {
		if c.Topic == extract.TopicCast && c.Stance == extract.Asserted {
			t.Errorf("asserts cast %s from %q", c.Value, c.Quote)
		}
	}
	// the same text under a title that names no sequel says nothing of one
	if r := extract.Extract(body, extract.Meta{Title: "How Sofia Carson Made Purple Hearts"}); r.Label != extract.Unclear || len(r.Claims) > 0 {
		t.Errorf("untitled sequel: label %s, %d claims; want unclear and none", r.Label, len(r.Claims))
	}
}

// TestQuotedTitle checks that a page's or a post's headline, quoted, is
// that page's claim: quoted, not asserted by the article that quotes it.
func TestQuotedTitle(t *testing.T) {
	r := extract.Extract("Every week my feed shows me another \"PURPLE HEARTS 2 RELEASE DATE REVEALED\" article. Is any of this real?", extract.Meta{})
	for _, c := range r.Claims {
		if c.Topic == extract.TopicSequel && c.Stance != extract.Quoted {
			t.Errorf("claim %s %s %q: stance %s, want quoted", c.Topic, c.Value, c.Quote, c.Stance)
		}
	}
	if !slices.ContainsFunc(r.Claims, func(c extract.Claim) bool { return c.Topic == extract.TopicSequel }) {
		t.Errorf("no sequel claim read in the quoted headline")
	}
}
