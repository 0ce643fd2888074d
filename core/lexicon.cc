// The word lists behind MessageSignals. Folded form: lower case, no accents, apostrophes kept,
// punctuation gone. Short words are listed with their common typos; words of five letters or
// more also match within one edit (see text_fold.h).
#include "core/lexicon.h"

#include <array>

namespace touchpoint::lexicon {
namespace {

constexpr std::string_view kCall[] = {
    "call", "calls", "cal", "cll", "calll", "caal", "phone", "phone call", "ring me",
    "give me a ring",
    "zoom", "skype", "facetime", "google meet", "teams call", "video call", "videocall",
    "voice call", "llamada", "llamadas", "llamar", "llamarte", "llamarnos", "llamamos",
    "videollamada", "telefono", "appel", "appeler", "t'appeler", "vous appeler", "s'appeler",
    "coup de fil", "telephone", "visio", "anruf", "anrufen", "telefonieren", "telefonat",
    "videoanruf", "ring", "speak", "speak with", "hang up",
    "ligar", "ligar te", "ligar lhe", "ligue", "ligue me", "liga me", "ligamos", "telefonar",
    "telefonema", "chamada", "chamadas", "videochamada", "chamada rapida",
    "per telefon", "telefonisch", "am telefon", "no telefone", "por telefone", "al telefono",
    "par telephone"};
constexpr std::string_view kMeeting[] = {
    "meet", "meeting", "meet up", "meetup", "catch up", "catchup", "get together", "sit down",
    "coffee", "cofee", "coffe", "lunch", "drinks", "a drink", "in person", "reunirnos", "vernos",
    "quedar", "un cafe", "tomar algo", "almorzar", "rendez vous", "rdv",
    "se voir", "se rencontrer", "dejeuner", "un verre", "treffen", "termin", "kaffee",
    "mittagessen", "kennenlernen", "auf ein bier", "an hour", "half an hour", "30 minutes",
    "encontrarmos", "encontrar nos", "um encontro", "nos encontrarmos", "reuniao", "tomar um cafe",
    "um cafe", "almoco", "almocar", "almocamos", "jantar", "pessoalmente", "presencialmente",
    "nos vermos",
    "come by", "come round", "come over", "drop by", "pop by", "pop in", "swing by",
    "pasar por", "passer nous voir", "vorbeikommen", "passar ca", "passar por ca"};
constexpr std::string_view kChat[] = {
    "chat", "chta", "chatting", "talk", "talking", "speaking", "discuss", "conversation",
    "exchange ideas", "compare notes",
    "hablar", "charlar", "platicar", "conversar", "discuter", "echanger", "parler", "sprechen",
    "austauschen", "plaudern", "besprechen", "unterhalten", "quatscher", "gesprach",
    "austausch", "charla", "echange", "appel telephonique", "hablemos", "hablaramos",
    "charlemos", "comentarlo", "comentar", "hablarlo", "discutirlo", "verlo juntos",
    "en parler", "en discuter", "parlions", "discutions",
    "echangions", "reden", "take this offline", "take it offline", "continue offline",
    "seguir por privado", "hablarlo en privado", "en prive", "hors ligne", "privat weiter",
    "conversa", "conversinha", "falar", "falarmos", "falar contigo", "falar consigo",
    "trocar ideias", "trocar umas ideias", "bater um papo", "papo", "dois dedos de conversa",
    "interview", "interviews", "entrevista", "entrevistarte", "entrevistarle", "entretien",
    "interviewen"};
constexpr std::string_view kRates[] = {
    "rate", "rates", "day rate", "pricing", "price", "prices", "charge", "cost", "quote",
    "budget", "fee", "fees", "retainer", "hourly", "proposal", "hire you", "work with you",
    "engage you", "book you for", "to book you", "can i book you", "could we book you", "paid session", "a session",
    "tarifa", "tarifas", "precio", "precios", "presupuesto", "cobras",
    "cobrarias", "honorarios", "contratarte", "tarif", "tarifs", "prix", "devis", "facturer",
    "honoraires", "te payer", "preis", "preise", "kosten", "honorar", "tagessatz", "stundensatz",
    "beauftragen", "dich buchen", "verlangen", "scope", "scoping", "sessions", "one off session",
    "one off sessions", "consultation", "consultations", "consulta", "une consultation",
    "beratung", "beratungsgesprach", "beratungstermin", "work together", "collaborate", "collaboration",
    "partner with", "trabajar juntos", "colaborar", "colaboracion", "propuesta",
    "travailler ensemble", "collaborer", "collaboration", "proposition", "zusammenarbeiten",
    "zusammenarbeit", "kooperation", "vorschlag",
    "preco", "precos", "precario", "orcamento", "cobrar", "proposta", "trabalhar juntos",
    "trabalharmos juntos", "colaboracao", "contratar te", "consultoria", "sessao",
    "pago a consulta",
    "workshops for", "workshop for", "training for", "trainings for", "run workshops",
    "do workshops", "formacoes para", "formacao para", "formations pour", "formation pour",
    "talleres para", "taller para", "schulungen fur", "schulung fur", "workshops fur",
    "em que moldes", "en que condiciones", "a quelles conditions", "zu welchen konditionen",
    "on what terms", "send a proposal", "send me a proposal", "send us a proposal", "your fee",
    "your fees",
    "speak at", "speaking at", "give a talk", "a talk at", "talk at our", "keynote at",
    "be a guest", "guest on", "join us on", "come on the show", "on our podcast",
    "on the podcast", "interview you", "a quote from you", "comment for", "dar una charla",
    "una charla en", "ser ponente", "ser invitado", "intervenir", "une intervention",
    "etre notre invite", "einen vortrag", "vortrag halten", "als gast", "als speaker",
    "dar uma palestra", "uma palestra", "ser convidado", "pro bono", "pro-bono",
    "ein angebot", "einen kostenvoranschlag", "ein kostenangebot"};
constexpr std::string_view kFeedback[] = {
    "feedback", "thoughts", "your opinion", "review", "advice", "your take", "input",
    "second pair of eyes", "take a look", "have a look", "having a look", "a look", "look at",
    "go through it", "look over", "critique",
    "sanity check", "what you think", "opinion", "consejo", "comentarios", "revisar",
    "echar un vistazo", "que opinas", "avis", "retour", "retours", "conseil", "conseils",
    "relire", "jeter un oeil", "ton regard", "meinung", "ratschlag", "einschatzung",
    "druberschauen", "ruckmeldung", "tipps", "share how", "how you handled", "how you approached",
    "how you did", "learn from you", "partager", "comment tu as", "comment vous avez", "compartir",
    "como lo hiciste", "erzahlen", "wie du", "tell you about", "show you", "contarte",
    "ensenarte", "te raconter", "te montrer", "vous raconter", "dir erzahlen", "dir zeigen",
    "anschauen", "anzuschauen", "ansehen", "anzusehen", "echarle un ojo", "y jeter un oeil",
    "a glance", "glance at", "go over", "run it past", "run them past", "past you", "un vistazo", "un coup d'oeil", "einen blick", "einen kurzen blick",
    "opiniao", "a tua opiniao", "a sua opiniao", "conselho", "conselhos", "dar uma olhada",
    "dar uma vista de olhos", "olhar", "o que achas", "o que acha", "como abordarias", "como farias", "como faria", "como o enfocarias", "como lo enfocarias",
    "como lo harias", "como lo plantearias", "comment tu t'y prendrais",
    "comment vous vous y prendriez", "wie du das angehen wurdest", "wie sie das angehen wurden",
    "how you'd approach", "how you would approach", "how you'd tackle", "how you'd handle",
    "look at the page", "looking at the page", "look at our", "looking at our",
    "telling us what", "tell us what", "tell me what", "what feels off", "what's off",
    "what you'd change",
    "que me digas", "me digas que", "decirme que ves", "me digas que ves"};
constexpr std::string_view kHelp[] = {
    "help", "hlep", "assist", "support", "mentor", "mentoring", "guidance", "a hand", "ayuda",
    "ayudar", "ayudarme", "ayudarnos", "echar una mano", "una mano", "aide", "aider", "m'aider",
    "nous aider", "coup de main", "hilfe", "helfen", "unterstutzen", "unterstutzung",
    "take this on", "take it on", "take on", "the kind of thing you", "something you do",
    "accompagner", "nous accompagner", "acompanarnos",
    "acompanar", "begleiten", "uns begleiten", "advise us", "advise me", "advise on",
    "asesorar", "asesorarnos", "asesorarme", "aconsejarnos", "aconsejarme", "nous conseiller",
    "me conseiller", "vous consulter", "uns beraten", "mich beraten", "beraten lassen",
    "ajuda", "ajudar", "ajudar me", "ajudar nos", "nos ajudar", "me ajudar", "apoio", "uma mao",
    "dar uma mao", "mentoria", "aconselhar", "aconselhar nos", "orientar", "orientacao",
    "acompanhar nos", "el tipo de proyecto", "el tipo de cosa", "algo que harias",
    "algo que haces", "le genre de projet", "le genre de chose", "so etwas wie",
    "so ein projekt", "o tipo de projeto", "o tipo de coisa", "algo que farias",
    "algo que faca", "algo que faz", "something you'd take on", "something you would take on",
    "poke holes", "poked holes", "sanity check", "sanity-check",
    "so etwas zu ubernehmen", "das zu ubernehmen", "zu ubernehmen", "se encargarias",
    "te encargarias", "vous en charger", "t'en charger"};

constexpr std::array<std::span<const std::string_view>, 6> kAskObjects = {
    kCall, kMeeting, kChat, kRates, kFeedback, kHelp};

constexpr std::string_view kFraming[] = {
    // English
    "can we", "cna we", "could we", "can i", "could i", "could you", "can you", "would you",
    "will you", "are you open", "open to", "up for", "interested in", "do you have",
    "have time", "got time", "any chance", "free for", "free to", "you free", "available",
    "let's", "lets", "shall we", "how about", "what about", "mind if", "would love to",
    "i'd love to", "id love to", "love to", "keen to", "want to", "wanna", "would like to",
    "i'd like to", "like to", "let me know", "lmk", "when works", "what works", "works for you",
    "how much", "what would", "what do you", "is it possible", "happy to", "please", "pls",
    "looking for", "need", "if you", "if you're", "no pressure", "whenever you", "when you have",
    "would be great", "would be good", "would be nice", "would be helpful", "would be amazing",
    "would help", "if you could", "happy to pay", "would you mind", "do you mind", "mind having",
    "would it be", "is there", "any way", "open for", "do you offer", "do you do",
    "would that work", "does that work", "would it work", "still interested", "curious",
    "if you're ever", "if you are ever", "if you ever", "would value", "i'd value",
    "would appreciate", "i'd appreciate",
    // Spanish
    "podemos", "podriamos", "puedes", "podrias", "puede", "podria", "te parece", "le parece",
    "te gustaria", "tienes tiempo", "tiene tiempo", "estas libre", "quieres", "te apetece",
    "me encantaria", "me gustaria", "disponible", "avisame", "cuando", "cuanto", "por favor",
    "necesito", "busco", "si tienes", "si alguna vez", "sin presion", "cuando puedas",
    "te vendria bien", "le vendria bien", "vendria bien", "te viene bien", "te va bien",
    "si algun dia", "encantado", "encantada", "curioso", "curiosa", "dispuesto", "dispuesta",
    // French
    "pourrait on", "pourrions nous", "peux tu", "pourrais tu", "pouvez vous", "pourriez vous",
    "serais tu", "seriez vous", "ca te dit", "ca vous dit", "tu es dispo", "dispo",
    "disponible", "est ce que", "on pourrait", "j'aimerais", "j'aimerai", "je voudrais",
    "volontiers", "quand", "combien", "s'il te plait", "s'il vous plait", "stp", "svp",
    "aurais tu", "auriez vous", "besoin", "je cherche", "si jamais", "si tu", "si vous",
    "quand tu peux", "qd", "peux", "pourrais", "ca t'irait", "vous conviendrait",
    "te conviendrait", "ca vous irait", "si un jour", "partant", "partante", "ravi", "ravie",
    "curieux", "curieuse",
    // German
    "konnen wir", "konnten wir", "kannst du", "konntest du", "konnen sie", "konnten sie",
    "hast du zeit", "haben sie zeit", "hattest du", "hatten sie", "lust auf", "lust",
    "wollen wir", "sollen wir", "wurde gerne", "wurde mich freuen", "wurde ich gerne",
    "mochte", "wann passt", "passt es", "passt dir", "wie viel", "wieviel", "gerne", "bitte",
    "brauche", "suche", "falls du", "falls sie", "wenn du magst", "wenn sie mogen", "wurdest du",
    "wurden sie", "ware", "waren sie", "wenn du mal", "falls du mal", "neugierig", "bereit",
    "poderiamos", "podes", "pode", "poderia", "poderias", "consegues", "consegue", "tens tempo",
    "tem tempo", "estas livre", "esta livre", "gostaria", "gostava", "adorava", "adoraria",
    "preciso", "precisamos", "quanto", "disponivel", "da para", "dava para", "seria possivel",
    "que tal", "topas", "topa", "se puderes", "se puder", "sem pressao", "quando puderes",
    "quando puder", "avisa me", "diz me", "interessado", "interessada", "aberto a", "aberta a",
    "estarias", "estaria",
    "could u", "culd u", "cud u", "can u", "cn u", "would u", "wud u", "r u", "are u", "do u",
    "would welcome", "i would welcome", "we would welcome", "welcome the chance",
    "welcome the opportunity", "at your convenience", "at a time of your convenience",
    "i wonder if", "i was wondering if", "wondering if", "wondering whether",
    "i wonder whether", "ob sie", "ob du", "frage mich ob", "me pregunto si",
    "je me demande si", "pergunto me se", "any way i could", "on me", "my treat", "my shout",
    "anywhere you like", "te invito", "je t'invite", "je vous invite", "ich lade dich ein",
    "ich lade sie ein", "convido eu", "eu pago", "i'll pay", "ill pay", "happy to pay whatever",
    "gern", "vereinbaren", "grundsatzlich bereit", "waren sie bereit", "warst du bereit",
    "seriez vous pret", "serais tu pret", "estarias dispuesto", "estaria dispuesto",
    "estarias disposto", "estaria disposto",
    "queria te perguntar", "queria perguntar", "queria lhe perguntar", "gostaria de perguntar",
    "toparia", "voce toparia", "queria preguntarte", "quisiera preguntarte",
    "queria preguntarle", "je voulais te demander", "je voulais vous demander",
    "ich wollte fragen", "ich wollte dich fragen", "ich wollte sie fragen", "wanted to ask",
    "i wanted to ask", "i was wondering"};

// Time or availability as the object of a question ("20 minutes", "un rato", "un créneau",
// "kurz Zeit"). With the reader addressed in a question, they ask for time.
constexpr std::string_view kTimeObjects[] = {
    "a minute", "a few minutes", "minutes", "mins", "half an hour", "an hour", "a moment",
    "some time", "time", "a slot", "a window", "available", "availability", "un rato",
    "un momento", "unos minutos", "minutos", "media hora", "una hora", "tiempo", "un hueco",
    "disponible", "un moment", "un creneau", "quelques minutes", "une demi heure",
    "une heure", "du temps", "dispo", "disponibles", "zeit", "eine halbe stunde",
    "eine stunde", "minuten", "ein paar minuten", "verfugbar", "you around", "be around",
    "por aqui", "dans le coin", "in der nahe",
    "uns minutos", "alguns minutos", "meia hora", "uma hora", "tempo", "um bocado",
    "um bocadinho", "um momento", "disponivel", "disponibilidade", "um tempinho", "por ca",
    "min", "20 min", "15 min", "30 min",
    "kapazitat", "capacity", "bandwidth", "capacidad", "capacite", "capacidade"};
// The reader, addressed: second-person pronouns and verb forms, including the conditional
// forms people use to ask politely ("you'd", "tendrías", "auriez", "hättest").
constexpr std::string_view kYouWords[] = {
    "you", "got", "you'd", "youd", "you'll", "u", "ya", "te", "tu", "tienes", "tendrias", "tendria",
    "tiene", "usted", "podrias", "podria", "vous", "toi", "t'", "auriez", "aurais", "seriez",
    "serais", "as tu", "avez vous", "du", "dir", "dich", "sie", "hattest", "hatten", "hast",
    "haben sie", "wurdest",
    "voce", "vc", "lhe", "tens", "podes", "consegues", "estas", "estarias", "teu", "tua",
    "contigo", "consigo",
    "teria", "poderia",
    "you're",
    "tenes", "queres", "sos"};
// Time that is talked about, not asked for: "a good time", "had time", "full time".
constexpr std::string_view kTimeTraps[] = {
    "good time", "great time", "fun time", "first time", "last time", "next time", "this time",
    "that time", "every time", "the time", "on time", "in time", "full time", "part time",
    "time zone", "same time", "at a time", "had time", "had the time", "long time",
    "zeit gehabt", "tuviste tiempo", "hace tiempo", "mucho tiempo", "tout le temps",
    "de temps en temps", "minutes ago", "hace minutos", "il y a",
    "ha muito tempo", "muito tempo", "ha tempo", "primeira vez", "da ultima vez", "na altura",
    "a tempo", "ao mesmo tempo", "ha uns tempos", "uns tempos"};

constexpr std::string_view kPossessives[] = {
    "your", "my", "our", "his", "her", "their", "that", "this", "those", "these", "tus", "mi",
    "mis", "su", "sus", "nuestra", "nuestro", "esa", "ese", "esta", "este", "ta", "ton", "tes",
    "ma", "mon", "mes", "notre", "nos", "votre", "vos", "cette", "ce", "dein", "deine", "deinen",
    "deinem", "mein", "meine", "unser", "unsere", "ihre", "diese", "dieser", "dieses",
    "teu", "tua", "teus", "tuas", "meu", "minha", "nosso", "nossa", "seu", "sua", "essa",
    "esse", "aquela", "aquele"};

constexpr StrongAsk kStrongAsks[] = {
    {"hop on a call", 0}, {"jump on a call", 0}, {"hop on a quick", 0}, {"jump on a quick", 0},
    {"get on a call", 0}, {"quick call", 0}, {"set up a call", 0}, {"set up a time", 0},
    {"find a time", 0}, {"set up some time", 2}, {"find some time", 2}, {"carve out some time", 2},
    {"block some time", 2}, {"grab some time", 2}, {"book a time", 0}, {"give me a call", 0}, {"give you a call", 0},
    {"call me", 0}, {"call you", 0}, {"hop on zoom", 0}, {"jump on zoom", 0},
    {"una llamada rapida", 0}, {"un appel rapide", 0}, {"une visio", 0},
    {"kurz telefonieren", 0}, {"kurzes telefonat", 0}, {"ruf mich an", 0},
    {"grab a coffee", 1}, {"grab coffee", 1}, {"buy you a coffee", 1}, {"buy you coffee", 1},
    {"buy you lunch", 1}, {"meet up", 1}, {"tomar un cafe", 1}, {"prendre un cafe", 1},
    {"boire un cafe", 1}, {"auf einen kaffee", 1}, {"pick your brain", 2},
    {"what do you charge", 3}, {"what would you charge", 3}, {"how much do you charge", 3},
    {"how much would you charge", 3}, {"your rates", 3}, {"your day rate", 3},
    {"your pricing", 3}, {"cuanto cobras", 3}, {"cuanto cobrarias", 3}, {"cuanto costaria", 3},
    {"combien tu prends", 3}, {"combien prends tu", 3}, {"combien prendriez", 3},
    {"combien prendrais", 3}, {"combien factureriez", 3}, {"combien facturerais", 3},
    {"combien couterait", 3}, {"happy to pay", 3}, {"happily pay", 3}, {"gladly pay", 3},
    {"gegen honorar", 3}, {"contre remuneration", 3}, {"pagando", 3}, {"what would it cost", 3},
    {"how much would it cost", 3}, {"tes tarifs", 3}, {"vos tarifs", 3},
    {"was kostet", 3}, {"was verlangst du", 3}, {"was nimmst du", 3}, {"deine preise", 3},
    {"ihre preise", 3}, {"your feedback", 4}, {"your thoughts", 4}, {"your advice", 4},
    {"tu opinion", 4}, {"ton avis", 4}, {"votre avis", 4}, {"deine meinung", 4},
    {"ihre meinung", 4}, {"need your help", 5}, {"could use your help", 5},
    {"necesito tu ayuda", 5}, {"besoin de ton aide", 5}, {"besoin de votre aide", 5},
    {"brauche deine hilfe", 5}, {"brauche ihre hilfe", 5}, {"do you offer", 3},
    {"are you available for", 3}, {"would you be available", 3}, {"hire you", 3},
    {"work with you", 3}, {"work together", 3}, {"rates for", 3}, {"what you'd charge", 3},
    {"love to talk", 2}, {"love to chat", 2}, {"love to hear", 2}, {"can i call", 0},
    {"could i call", 0}, {"can you call", 0}, {"please call", 0}, {"m'appeler", 0},
    {"appelle moi", 0}, {"llamame", 0}, {"ruf an", 0}, {"rufen sie mich", 0},
    {"liga me", 0}, {"ligue me", 0}, {"me liga", 0}, {"me ligar", 0}, {"ligar te", 0},
    {"te ligar", 0}, {"ligar lhe", 0}, {"lhe ligar", 0}, {"posso ligar", 0},
    {"chamada rapida", 0}, {"marcar uma chamada", 0}, {"marcar uma call", 0},
    {"tomar um cafe", 1}, {"beber um cafe", 1}, {"marcar um cafe", 1},
    {"marcar uma reuniao", 1}, {"almocamos", 1}, {"quanto cobras", 3}, {"quanto cobra", 3},
    {"quanto custaria", 3}, {"teus precos", 3}, {"seus precos", 3}, {"pago a consulta", 3},
    {"a tua opiniao", 4}, {"a sua opiniao", 4}, {"preciso da tua ajuda", 5},
    {"preciso da sua ajuda", 5}, {"pick ur brain", 2}, {"pick yr brain", 2},
    {"pick your brains", 2}, {"marcar uma conversa", 2}, {"trocar umas ideias", 2},
    {"when would suit you", 2}, {"when suits you", 2}, {"when works for you", 2},
    {"when would work for you", 2}, {"when are you free", 2}, {"when are you available", 2},
    {"what time works", 2}, {"what day works", 2}, {"cuando te viene bien", 2},
    {"cuando te va bien", 2}, {"cuando le viene bien", 2}, {"quand es tu dispo", 2},
    {"quand seriez vous disponible", 2}, {"quand est ce que ca t'arrange", 2},
    {"wann passt es dir", 2}, {"wann passt es ihnen", 2}, {"wann hast du zeit", 2},
    {"wann haben sie zeit", 2}, {"quando te da jeito", 2}, {"quando lhe da jeito", 2},
    {"quando podes", 2}, {"cuanto seria", 3}, {"cuanto saldria", 3},
    {"combien ca couterait", 3}, {"combien cela couterait", 3}, {"was wurde das kosten", 3},
    {"was wurde es kosten", 3}, {"quanto seria", 3}, {"how much would that be", 3},
    {"how much would it be", 3}, {"what would that cost", 3}, {"ballpark", 3},
    {"some time with you", 2}, {"time with you", 2},
    {"on s'appelle", 0}, {"on se fait un appel", 0}, {"on se fait une visio", 0},
    {"on s'appelle cette semaine", 0}, {"telefonieren wir", 0}, {"liga me quando", 0},
    {"of your time", 2}, {"de tu tiempo", 2}, {"de su tiempo", 2}, {"de votre temps", 2},
    {"de ton temps", 2}, {"deiner zeit", 2}, {"ihrer zeit", 2}, {"do teu tempo", 2},
    {"do seu tempo", 2},
    {"something you'd take on", 5}, {"something you would take on", 5},
    {"something you could do", 5}, {"something you'd be able to do", 5},
    {"something you could help with", 5}, {"kind of thing you'd take on", 5},
    {"would you take this on", 5}, {"would you take it on", 5}, {"if you'd take it on", 5},
    {"if you would take it on", 5}, {"algo que podrias hacer", 5}, {"algo que aceptarias", 5},
    {"quelque chose que vous pourriez faire", 5}, {"etwas das sie ubernehmen", 5},
    {"algo que pudesses fazer", 5},
    {"ruf mich gern an", 0}, {"ruf mich gerne an", 0}, {"rufen sie mich an", 0},
    {"rufen sie mich gerne an", 0}, {"ruf doch mal an", 0},
    {"como convidado", 2}, {"como convidada", 2}, {"como invitado", 2}, {"como invitada", 2},
    {"comme invite", 2}, {"comme invitee", 2}, {"als gast", 2}, {"as a guest on", 2},
    {"as our guest", 2}, {"be our guest", 2}};

constexpr std::string_view kAskTraps[] = {
    "call it a day", "call it", "called it", "so called", "call out", "called out",
    "calling out", "on call", "judgment call", "judgement call", "close call",
    "wake up call", "roll call", "cold call", "cold calls", "conference call", "chatgpt",
    "chat gpt", "chatbot", "chat bot", "group chat", "meeting could have been",
    "meetings could have been", "that meeting", "this meeting", "no call", "don't call",
    "dont call", "never call", "stop calling", "talk is cheap", "small talk", "ted talk",
    "help desk", "helpdesk", "self help", "support ticket", "customer support", "for the call",
    "for the chat", "for the meeting", "for your time", "after the call", "after our call",
    "our call", "our chat", "our meeting", "our conversation", "on the call", "yesterday's call",
    "today's call", "today's meeting", "call ended", "video call ended", "missed your call",
    "missed call", "call yourself", "call grandma", "call mom", "call mum", "call dad",
    "call him", "call her", "call them", "your talk", "the talk", "my talk", "client call",
    "por la llamada", "la llamada de ayer", "pour l'appel", "l'appel de", "fur das gesprach",
    "fur den call", "unser gesprach", "das gesprach", "call it a night", "ya hablamos",
    "talk later", "talk soon", "speak soon", "no need to", "team meeting", "in a meeting",
    "in meetings", "all hands", "meeting today", "call with a client", "call me crazy",
    "llamame loco", "traite moi de", "nenn mich", "te llamas", "llamarte la atencion",
    "call me old", "call me biased", "call me cynical", "call me naive", "call me lazy",
    "call me a", "call me an", "you can call me", "llamame anticuado", "appelez moi naif",
    "nennen sie mich",
    "tu t'appelles", "nennst du dich",
    "empresa chamada", "marca chamada", "app chamada",
    "loja chamada", "uma tal chamada", "se chama", "nao liga", "nao ligues", "falamos depois",
    "falamos em breve", "ate ja", "pela chamada", "a chamada de", "a nossa conversa",
    "nossa conversa", "a nossa reuniao", "fallar",
    "calling it now", "calling it", "calling this", "llamalo", "appelons ca",
    "great meeting you", "nice meeting you", "lovely meeting you", "good meeting you",
    "pleasure meeting you", "was great meeting", "was nice meeting", "great to meet you",
    "nice to meet you", "lovely to meet you", "good to meet you", "pleasure to meet you",
    "so nice to meet", "encantado de conocerte", "encantada de conocerte",
    "un placer conocerte", "ravi de t'avoir rencontre", "ravie de t'avoir rencontre",
    "ravi de vous avoir rencontre", "ravie de vous avoir rencontre", "schon dich kennengelernt",
    "schon sie kennengelernt", "freut mich dich kennenzulernen", "foi um prazer conhecer te",
    "foi um prazer conhece lo", "gostei muito de te conhecer",
    "qui s'appelle", "ca s'appelle", "cela s'appelle", "elle s'appelle", "il s'appelle",
    "je m'appelle", "comment s'appelle",
    "on me next time", "next one's on me", "next one is on me", "next round's on me",
    "next round is on me", "la proxima invito yo", "la prochaine fois c'est moi qui invite",
    "nachstes mal geht auf mich", "a proxima e por minha conta",
    "you call this", "you call that", "u call this", "llamas a esto", "llamas eso",
    "tu appelles ca", "vous appelez ca", "das nennst du", "nennen sie das", "chamas a isto",
    "chamas a isso",
    "on s'appelle un de ces quatre", "on s'appelle un de ces jours",
    "on se rappelle un de ces quatre", "un de ces quatre", "ya nos llamamos", "ya te llamo",
    "nos llamamos un dia de estos", "wir telefonieren mal", "a gente se fala",
    "falamos um dia destes", "let's catch up sometime", "we should catch up sometime",
    "call you sometime",
    "waste of your time", "much of your time", "too much of your time", "mucho de tu tiempo",
    "trop de votre temps", "trop de ton temps",
    "a fun conversation", "fun conversation", "conversation with a client",
    "conversation with the client", "conversation with clients", "conversation with my client",
    "let's agree", "agree to disagree",
    "call me when you land", "call me when you're outside", "call me when you get",
    "call me when you arrive", "call me when you're here", "call me when you're close",
    "llamame cuando aterrices", "llamame cuando llegues", "llamame cuando estes",
    "appelle moi quand tu arrives", "appelle moi quand tu es", "ruf mich an wenn du landest",
    "ruf an wenn du da bist", "ruf mich an wenn du da bist", "liga me quando chegares",
    "liga me quando aterrares", "on s'appelle si ca bouge", "on s'appelle la veille",
    "drinks on me when", "coffee on me when", "on me when you're in", "beers on me",
    "pricing barcamp", "pricing conference", "pricing meetup", "pricing summit",
    "pricing event", "pricing festival", "pricing community", "pricing newsletter",
    "pricing podcast", "pricing thread", "pricing post", "pricing book",
    "le retour", "c'est le retour", "match retour", "au retour", "de retour", "retour de",
    "a mon retour", "billet retour",
    "o orcamento da", "o orcamento do", "el presupuesto de", "el presupuesto del",
    "le devis du", "le devis de", "le devis pour", "das angebot fur", "das angebot von",
    "the quote for the", "the quote from", "reuniao de condominio", "reunion de la comunidad",
    "reunion de vecinos", "junta de vecinos", "assemblee de copropriete",
    "reunion de copropriete", "eigentumerversammlung", "hausversammlung", "residents meeting",
    "residents' meeting", "building meeting", "catch up soon", "catch up properly soon",
    "we must catch up", "must catch up", "should catch up", "a ver si nos vemos",
    "hay que quedar", "a ver cuando quedamos", "on se voit bientot", "faut qu'on se voie",
    "wir mussen uns mal wieder sehen", "wir sollten uns mal wieder treffen",
    "temos de combinar", "temos de nos ver", "call me when you've", "call me when you have",
    "price sensitivity", "price elasticity", "price anchoring", "price anchor", "price war",
    "price wars", "price discrimination", "price skimming",
    "le chat", "mon chat", "ton chat", "du chat", "au chat", "notre chat", "les chats",
    "nourrir le chat", "garder le chat", "nourrir mon chat",
    "waste your time", "wasting your time", "you're busy", "know you're busy",
    "you're probably busy",
    "ruf mich an wenn du mal", "ruf mich an wenn du was", "call me when you write",
    "call me when you actually", "llamame cuando escribas", "appelle moi quand tu auras",
    "liga me quando escreveres"};

constexpr std::string_view kTopicRates[] = {
    "pricing", "price", "prices", "precio", "precios", "prix", "preis", "preise", "preco",
    "precos"};

constexpr std::string_view kScheduleWords[] = {
    "this week", "next week", "tomorrow", "tmrw", "tmw", "sometime", "soon", "this month",
    "esta semana", "la semana que viene", "la proxima semana", "manana", "pronto", "cette semaine", "la semaine prochaine", "demain", "bientot", "diese woche",
    "nachste woche", "morgen", "bald", "amanha", "para a semana", "na proxima semana",
    "em breve"};

constexpr std::string_view kFreeOffers[] = {
    "free", "complimentary", "gratuita", "gratuito", "gratuitas", "gratuitos", "gratuit",
    "gratuite", "gratuits", "gratuites", "kostenlos", "kostenlose", "kostenloses", "kostenlosen",
    "kostenloser",
    "gratis"};
constexpr std::string_view kFreeGivers[] = {
    "a", "an", "our", "my", "your", "for", "totally", "completely", "100"};

// After "free", a pricing model's parts ("our free plan covers one teacher", "free users"):
// the subject of a pricing question, not a gift.
constexpr std::string_view kFreeTopics[] = {
    "plan", "plans", "tier", "tiers", "version", "versions", "user", "users", "customer",
    "customers", "account", "accounts", "level", "edition", "model", "option", "options",
    "schools", "members"};
// Someone else's words reported ("my daughter says that is ridiculous"): before a hostile
// word, with no reader in between, not the writer's hostility.
constexpr std::string_view kReporting[] = {
    "says", "said", "thinks", "thought", "told me", "tells me", "dice", "dijo", "piensa",
    "dit", "pense", "trouve", "sagt", "meint", "findet", "diz", "disse", "acha"};

// A copula before "free" describes something ("the tastings are free for guests"): their own
// practice, not a gift to the reader.
constexpr std::string_view kCopulas[] = {
    "is", "are", "was", "were", "es", "son", "era", "eran", "esta", "estan", "est", "sont",
    "etait", "ist", "sind", "war", "waren", "e", "sao", "eram", "estao"};
// Confirmations of a time already set ("see you there", "bis Mittwoch") keep a call being
// arranged open; "see you" alone after it happened closes it.
constexpr std::string_view kClosingTraps[] = {
    "see you there", "see you then", "see you on", "see you at", "see you tomorrow",
    "see you next", "see you monday", "see you tuesday", "see you wednesday",
    "see you thursday", "see you friday", "see you saturday", "see you sunday",
    "nos vemos alli", "nos vemos ahi", "nos vemos entonces", "nos vemos el", "nos vemos manana",
    "a demain", "a lundi", "a mardi", "a mercredi", "a jeudi", "a vendredi", "on se voit",
    "bis dann", "bis morgen", "bis montag", "bis dienstag", "bis mittwoch", "bis donnerstag",
    "bis freitag", "ate la", "ate amanha", "vemo nos", "ate quarta", "ate quinta"};

constexpr std::string_view kAudiences[] = {
    "consultants", "coaches", "freelancers", "experts", "creators", "thought leaders",
    "solopreneurs", "independents", "advisors", "advisers", "speakers", "authors",
    "consultores", "consultoras", "autonomos", "expertos", "creadores", "independientes",
    "independants", "coachs", "freelances", "conferenciers", "auteurs", "beratern",
    "beraterinnen", "berater", "selbststandige", "selbststandigen", "experten", "freiberufler",
    "freiberuflern", "coaches", "consultancies", "consulting firms", "professional services",
    "self employed", "independent professionals", "profesionales independientes",
    "professionnels independants", "cabinets de conseil", "beratungsunternehmen",
    "unternehmensberater",
    "independentes", "trabalhadores independentes", "profissionais independentes",
    "especialistas", "criadores", "empreendedores"};
constexpr std::string_view kLikeYou[] = {
    "like you", "like yours", "like yourself", "such as yourself", "como tu", "como usted",
    "como el tuyo", "como la tuya", "comme vous", "comme toi", "comme le votre", "wie dich",
    "wie dir", "wie ihnen",
    "como voce", "como o teu", "como a tua", "como o seu", "como a sua"};
constexpr std::string_view kHelpClaims[] = {
    "we help", "i help", "we're helping", "i'm helping", "we've helped", "we have helped",
    "i've helped", "my team can", "our team can", "we can help you", "i can help you",
    "ayudamos", "te ayudamos", "podemos ayudarte", "hemos ayudado", "nous aidons",
    "nous accompagnons", "j'accompagne", "j'aide", "nous pouvons vous aider", "wir helfen",
    "ich helfe", "wir unterstutzen", "ich unterstutze", "wir begleiten", "ich begleite",
    "wir konnen ihnen helfen",
    "ajudamos", "ajudo", "podemos ajudar te", "podemos ajuda lo", "ja ajudamos"};
constexpr std::string_view kServiceClaims[] = {
    "i write", "we write", "i create", "we create", "i design", "we design", "i build",
    "i advise", "we advise", "i coach", "we coach", "i manage", "we manage", "i support",
    "me dedico a", "asesoro", "asesoramos", "gestionamos", "je conseille", "nous conseillons",
    "je gere", "nous gerons", "ich berate", "wir beraten", "ich betreue", "wir betreuen",
    "escribo", "creamos", "nous creons", "je cree",
    "ich schreibe", "wir erstellen", "optimiert", "optimise", "optimizamos",
    "we work with", "works with", "work exclusively with", "trabajamos con", "trabajo con",
    "nous travaillons avec", "je travaille avec", "wir arbeiten mit", "ich arbeite mit",
    "we specialise", "we specialize", "we provide", "we offer", "we build",
    "we book", "we deliver", "we partner with", "ofrecemos", "nous proposons", "nous offrons",
    "wir bieten", "wir entwickeln", "wir sind eine agentur",
    "trabalhamos com", "trabalho com", "oferecemos", "criamos", "gerimos", "somos uma agencia",
    "especializamo nos"};
// What a seller means to fix: the reader's business assets, not their work ("your website",
// "tu agenda", "votre visibilité", "Ihre Sichtbarkeit"). People who want something from the
// owner refer to the owner's work instead ("your post", "your workshop").
constexpr std::string_view kSellerTargets[] = {
    "your website", "your site", "your reach", "your audience", "your calendar", "your pipeline",
    "your savings", "your business", "your brand", "your funnel", "your visibility",
    "your presence", "your growth", "your revenue", "your leads", "your inbox", "your money",
    "your finances", "your retirement", "your agenda", "your linkedin", "your socials",
    "your ranking", "your traffic", "your sales", "your bookkeeping", "your taxes",
    "off your plate", "tu web", "tu pagina", "tu sitio", "tu negocio", "tu marca", "tu agenda",
    "tus ahorros", "tu alcance", "tu visibilidad", "tus ventas", "tu facturacion",
    "votre site", "ton site", "votre visibilite", "ta visibilite", "votre activite",
    "votre agenda", "votre marque", "votre epargne", "votre chiffre d'affaires",
    "votre referencement", "ihre website", "deine website", "ihre webseite", "deine webseite",
    "ihre sichtbarkeit", "deine sichtbarkeit", "ihr business", "ihre marke", "ihr kalender",
    "ihre ersparnisse", "ihren umsatz", "deinen umsatz", "ihre reichweite", "deine reichweite",
    "o teu site", "o seu site", "o teu negocio", "o seu negocio", "a tua marca", "a sua marca",
    "as tuas vendas", "as suas vendas", "a tua faturacao", "a sua faturacao", "a tua agenda",
    "a sua agenda", "a tua visibilidade", "a sua visibilidade", "as tuas poupancas",
    "as suas poupancas",
    "your lead flow", "your reviews", "your acquisition", "your client acquisition",
    "your customer acquisition", "your outreach", "votre acquisition",
    "votre acquisition client", "ton acquisition", "tu captacion", "tu adquisicion de clientes",
    "ihre kundengewinnung", "deine kundengewinnung", "a tua angariacao", "a sua angariacao"};
// A seller proposing to present something: "so I can show you", "walk you through",
// "te cuento", "vous présenter", "Ihnen zeigen".
constexpr std::string_view kOffersToPresent[] = {
    "show you how", "can show you", "i can show you", "walk you through", "share more",
    "tell you more", "send you a few", "send over", "see a few samples", "a few samples",
    "te cuento", "te explico", "mostrarte como", "vous presenter", "vous montrer comment",
    "te montrer comment", "ihnen zeigen", "dir zeigen wie", "ihnen vorstellen",
    "share pricing", "share our pricing", "share our rates", "send pricing", "send over pricing",
    "see my rates", "see our rates", "send you a quote", "te paso precios", "te envio tarifas",
    "vous envoyer nos tarifs", "ihnen unsere preise", "want me to send", "shall i send", "should i send", "happy to send", "te envio",
    "quieres que te envie", "je vous envoie", "souhaitez vous que je vous envoie",
    "schicke ich ihnen", "schicke ich dir", "darf ich ihnen", "darf ich dir",
    "show you what we've built", "show you what we built", "show you what we do", "show you what we can do", "show you what i do", "mostrar te", "mostrar lhe",
    "apresentar te", "apresentar lhe", "envio te", "posso enviar", "queres que te envie",
    "quer que lhe envie",
    "walkthrough", "a walkthrough", "walk through", "show you the numbers", "run you through",
    "show you around", "vous faire une demo", "te hacer una demo",
    "je vous presente", "que je vous presente", "te presente", "te presenter",
    "vous presenter mon", "presentarte", "presentarle", "que te presente", "dir vorstellen",
    "so i can show you", "send you my quote", "send you my rates", "show you a comparison",
    "te mostrar",
    "te lo explico", "te lo cuento", "je t'explique", "ich erklare es dir", "eu explico te",
    "so i can explain", "so i can tell you", "para explicarte", "pour t'expliquer"};

constexpr std::string_view kFitSeeking[] = {
    "a fit", "good fit", "right fit", "a match", "good match", "worth exploring", "demo",
    "synergy", "synergies", "sinergias", "sinergia", "encaja", "une demo", "synergien",
    "introductory call", "intro call", "discovery call", "llamada de descubrimiento",
    "llamada introductoria", "appel decouverte", "rendez vous decouverte",
    "kennenlerngesprach", "kennenlern call",
    "se fizer sentido", "encaixa", "chamada de descoberta", "chamada introdutoria", "demonstracao",
    "fit call", "a fit call", "selection call", "appel de selection", "llamada de seleccion",
    "auswahlgesprach", "chamada de selecao", "strong fit", "great fit", "perfect fit",
    "te encajaria", "te encajaria genial", "te vendria bien"};
constexpr std::string_view kJobTitles[] = {
    "head of", "director of", "director", "vp of", "vice president", "chief", "directeur",
    "directrice", "responsable", "directora", "jefe de", "jefa de", "leiter", "leiterin",
    "diretor de", "diretora de", "head de", "chefe de", "responsavel de", "responsavel pela",
    "responsavel pelo"};
constexpr std::string_view kProfileMatch[] = {
    "strong match", "great match", "perfect match", "your experience", "your background",
    "your profile", "your skills", "votre parcours", "ton parcours", "votre profil",
    "ton profil", "correspond", "corresponde", "tu perfil", "su perfil", "tu experiencia",
    "ihr profil", "dein profil", "ihre erfahrung", "deine erfahrung", "passt perfekt",
    "fit for", "a fit for", "ideal candidate", "encajas", "encajarias", "perfil ideal",
    "profil ideal", "vous correspondez", "tu corresponds", "passen perfekt", "ideale kandidat",
    "your track record", "tu trayectoria", "su trayectoria", "ihr werdegang", "dein werdegang",
    "o teu perfil", "o seu perfil", "teu perfil", "seu perfil", "a tua experiencia",
    "a sua experiencia", "o teu percurso", "o seu percurso", "encaixas", "encaixaria",
    "encaixa perfeitamente", "candidato ideal"};
constexpr std::string_view kPlacements[] = {
    "search", "role", "position", "vacancy", "mandate", "poste", "puesto",
    "vacante", "stelle", "mandat", "for a client", "pour un client", "para un cliente",
    "fur einen kunden", "hiring", "recruiting", "recrute", "recrutons", "buscamos",
    "suchen wir", "opportunity", "oportunidad", "opportunite", "gelegenheit",
    "one of our clients", "uno de nuestros clientes", "l'un de nos clients",
    "einem unserer kunden",
    "vaga", "cargo", "funcao", "posicao", "para um cliente", "um dos nossos clientes",
    "recrutamos", "procuramos", "oportunidade",
    "posicion", "una posicion"};

// Someone filling a post for a third party: "I'm working with a fintech", "on behalf of",
// "colaborando con una empresa", "je travaille pour un groupe", "besetze ich".
constexpr std::string_view kRecruiterClients[] = {
    "i'm working with", "i am working with", "im working with", "partnering with a",
    "on behalf of a client", "on behalf of my client", "on behalf of our client", "on behalf of a company", "on behalf of one of", "my client", "a client of mine", "is looking for a", "are looking for a",
    "colaborando con", "en nombre de un cliente", "en nombre de una empresa", "que busca", "busca un", "busca una",
    "je travaille pour", "pour le compte d'un client", "pour le compte de notre client", "qui recherche", "recherche un", "recherche une",
    "im auftrag eines kunden", "im auftrag unseres kunden", "besetze ich", "zu besetzen", "sucht einen", "sucht eine",
    "estou a trabalhar com", "estou trabalhando com", "em nome de", "que procura", "procura um",
    "procura uma", "o meu cliente", "meu cliente"};
// Words of employment that, with a third party filling a post, make it a job.
constexpr std::string_view kEmploymentWords[] = {
    "lead", "manager", "head", "vp", "leadership", "join", "rejoindre", "incorporarse",
    "unirse", "gerente", "responsable", "leiter", "leiterin", "position", "role", "puesto",
    "poste", "stelle", "director", "directeur", "directrice", "directora",
    "diretor", "diretora", "gestor", "gestora", "responsavel", "lideranca", "juntar se",
    "integrar", "cargo", "funcao"};
// A client's own need, said as such: they want help, advice or to know what to charge. A
// seller offers help; a client asks for it ("can you help us", "what to charge").
constexpr std::string_view kClientNeeds[] = {
    "help us", "help me", "advise us", "advise me", "what to charge", "how much to charge",
    "hire you", "ayudarnos", "ayudarme", "asesorarnos", "cuanto cobrar", "contratarte",
    "nous aider", "m'aider", "nous conseiller", "me conseiller", "combien facturer",
    "vous confier", "te confier", "uns helfen", "mir helfen", "uns beraten", "mich beraten",
    "dich beauftragen", "sie beauftragen", "was wir verlangen", "your advice", "happy to pay",
    "paid of course", "de pago", "pagando", "remunere", "bezahlt", "what you'd change",
    "ajudar nos", "ajudar me", "nos ajudar", "me ajudar", "aconselhar nos", "quanto cobrar",
    "o que cobrar", "contratar te", "contratar vos", "pago a consulta", "pagamos", "pago claro",
    "remunerado", "a tua ajuda", "a sua ajuda",
    "your rates", "your rate", "your day rate", "your fee", "your fees", "what do you charge",
    "what would you charge", "how much do you charge", "how much would you charge",
    "send a proposal", "send me a proposal", "send us a proposal", "a quote for", "quote us",
    "cuanto cobras", "cuanto cobrarias", "cuanto seria", "tus tarifas", "tus honorarios",
    "un presupuesto", "tes tarifs", "vos tarifs", "combien tu prends", "combien prendriez",
    "un devis", "deine preise", "ihre preise", "ihr honorar", "dein honorar", "ein angebot",
    "quanto cobras", "quanto cobra", "quanto seria", "os teus precos", "os seus precos",
    "um orcamento", "poked holes", "poke holes"};

constexpr std::string_view kRecruiter[] = {
    "came across your profile", "came across your background", "your background",
    "your profile", "exciting opportunity", "exciting role", "new opportunity",
    "job opportunity", "career opportunity", "open role", "open position", "the role",
    "this role", "a role", "position", "hiring", "we are hiring", "recruiter", "recruiting",
    "talent acquisition", "talent partner", "headhunter", "candidate", "candidates",
    "perfect fit", "great fit", "client of mine", "client of ours", "my client", "our client",
    "full time", "full-time", "salary", "compensation", "relocation", "remote role",
    "oportunidad laboral", "oferta de empleo", "vacante", "puesto", "candidato", "perfil",
    "opportunite", "offre d'emploi", "poste", "candidat", "recrutement", "ton profil",
    "votre profil", "stellenangebot", "stelle", "kandidat", "spannende",
    "ihr profil", "dein profil", "personalberater", "headhunting", "caught my eye",
    "confidential", "hope this message finds you well", "hope this finds you well",
    "i'm reaching out", "reaching out because", "search mandate", "leadership team",
    "i'm a recruiter", "i recruit", "on behalf of a client", "on behalf of my client", "on behalf of our client", "on behalf of a company", "on behalf of one of", "my client is", "we're looking for",
    "we are looking for", "looking for someone", "hiring manager", "competitive salary",
    "remote first", "fast growing", "new challenge",
    "next step in your career", "career move", "executive search", "retained search",
    "estamos buscando", "proceso de seleccion", "reclutador", "nuevo reto", "nous recherchons",
    "je recrute", "chasseur de tetes", "cabinet de",
    "nouveau defi", "poste a pourvoir", "wir suchen", "personalvermittlung",
    "neue herausforderung", "festanstellung", "vakanz", "competitive package", "equity",
    "hybrid", "benefits package", "paquete competitivo", "salario competitivo",
    "remuneration attractive", "package attractif", "attraktives gehalt", "attraktive verguetung",
    "partnering on", "oportunidad unica", "opportunite unique", "einmalige gelegenheit",
    "o teu perfil", "o seu perfil", "teu perfil", "seu perfil", "oportunidade unica",
    "oportunidade profissional", "vaga", "cargo", "candidata", "recrutamento", "recrutador",
    "recrutadora", "processo de selecao", "pacote competitivo", "estamos a procura",
    "estamos procurando", "novo desafio", "um dos nossos clientes", "encaixas",
    "encaixa perfeitamente",
    "posicion", "he revisado tu perfil", "revisado tu perfil", "empresa lider",
    "lider del sector", "lider en su sector", "leader du secteur", "leader de son secteur",
    "marktfuhrer", "fuhrendes unternehmen", "lider do setor", "market leader",
    "industry leader", "leading company"};

constexpr std::string_view kPromotional[] = {
    "book a free", "free consultation", "free strategy", "free audit", "free trial",
    "limited time", "limited offer", "percent off", "promo", "promo code",
    "coupon", "webinar", "sign up", "signup", "register now", "register here", "click here",
    "link in bio", "grow your business", "grow your audience", "increase your", "boost your",
    "more leads", "generate leads", "lead generation", "our agency", "our team can",
    "our services", "our platform", "our product", "we help businesses", "we help companies",
    "we help founders", "dm me for", "giveaway", "subscribe", "special offer",
    "get started today", "schedule a demo", "book a demo", "free demo", "roi", "seo",
    "followers", "guaranteed", "act now", "don't miss", "dont miss", "gratis", "en oferta", "oferta limitada",
    "descuento", "inscribete", "suscribete", "gratuit", "offre speciale", "reduction",
    "inscrivez vous", "abonnez vous", "kostenlos", "kostenloses", "rabatt",
    "jetzt anmelden", "sonderangebot", "unverbindlich", "we help", "i help", "we specialize",
    "we specialise", "our clients", "our company", "our solution", "how we can help",
    "how we helped", "help you grow", "help you scale", "grow your", "scale your", "more clients",
    "qualified leads", "lead gen", "outsourcing", "offshore",
    "white label", "no obligation", "no commitment", "sin compromiso",
    "sans engagement", "kostenlose erstberatung", "erstgesprach", "consultoria gratuita",
    "growth agency", "building a team", "expanding my team",
    "join my team", "grow my team", "ambitious", "pension", "retirement", "investment", "invest",
    "investing", "crypto", "bitcoin", "trading", "passive income", "financial freedom",
    "side hustle", "hun", "hunny", "babe", "what i do", "changed my life",
    "life changing", "cambiando la vida", "desde casa", "gano extra", "ganar extra",
    "depuis chez moi", "revenu complementaire", "von zu hause", "nebenverdienst",
    "wealth management", "inflation", "ahorros", "inflacion", "epargne",
    "ersparnisse", "insurance", "financial advisor", "asesor financiero",
    "conseiller financier", "finanzberater", "business opportunity", "be your own boss",
    "work from home", "a free", "second income", "extra income", "additional income",
    "ingresos extra", "segundo ingreso", "revenu supplementaire", "complement de revenu",
    "zusatzeinkommen", "zweites einkommen", "dinero extra", "extra money", "earn extra",
    "on the side", "argent en plus", "arrondir vos fins de mois", "nebenbei", "token", "presale", "pre sale", "airdrop", "web3",
    "nft", "staking", "spots are limited", "places are limited", "plazas limitadas",
    "places limitees", "platze begrenzt", "last chance", "ultima oportunidad",
    "derniere chance", "letzte chance",
    "free review", "free call", "free session", "free assessment", "complimentary",
    "sponsored", "gratuita", "gratuito", "automatisierung", "kunden gewinnen", "neukunden", "ayudamos", "nuestro sistema",
    "clientes nuevos", "nuevos clientes", "conseguir clientes",
    "nous aidons", "notre solution", "nouveaux clients", "wir helfen",
    "unser system", "unsere losung", "neue kunden", "our system", "new clients", "per month",
    "al mes", "par mois", "pro monat", "hope this message finds you well",
    "hope this finds you well", "wir unterstutzen", "kunden zu gewinnen", "planbar", "make money", "dear friend", "we've helped", "we have helped",
    "done for you", "outbound", "hear about", "opportunity", "decision maker",
    "right person", "companies like yours", "businesses like yours", "clients like you",
    "case study", "partnership opportunity", "would it make sense", "worth exploring",
    "appointment setting", "cold email", "our tool",
    "check out my", "link below", "te escribo porque", "empresas como la tuya",
    "caso de exito", "nuestras soluciones", "nuestra empresa", "je me permets",
    "entreprises comme la votre", "etude de cas", "nos solutions", "notre societe",
    "ich erlaube mir", "unternehmen wie ihres", "fallstudie", "unsere losungen",
    "unser unternehmen", "terminvereinbarung",
    "renda extra", "rendimento extra", "rendimento passivo", "renda passiva",
    "trabalhar a partir de casa", "trabalhar de casa", "a partir de casa",
    "oportunidade de negocio", "ser o teu proprio chefe", "seja o seu proprio chefe",
    "liberdade financeira", "desconto", "inscreve te", "inscreva se", "oferta especial",
    "novos clientes", "mais clientes", "a nossa empresa", "os nossos servicos",
    "a nossa agencia", "a nossa plataforma", "a nossa solucao", "investimento", "investir",
    "cripto", "vagas limitadas", "lugares limitados", "ultima oportunidade", "sem compromisso",
    "ajudamos", "ganhar dinheiro", "dinheiro extra", "poupancas", "plano de reforma", "a tua reforma", "a sua reforma",
    "seguros", "geracao de leads", "agendamento de reunioes", "marketing digital",
    "trabalhar de onde quiseres", "trabalhar de qualquer lugar", "work from anywhere",
    "trabajar desde donde quieras", "trabaja desde cualquier lugar",
    "travailler de n'importe ou", "von uberall arbeiten", "construir uma equipa",
    "a construir uma equipa", "construyendo un equipo", "je construis une equipe",
    "baue ein team auf", "guest post", "guest posts", "guest article", "link insertion",
    "link insertions", "sponsored post", "backlink", "backlinks", "dofollow", "do follow",
    "free of cost", "articulo patrocinado", "articulos de invitado", "article sponsorise",
    "article invite", "gastbeitrag", "gastartikel", "artigo patrocinado", "artigo de convidado",
    "pensions", "income protection", "life insurance", "protection insurance", "mortgage",
    "mortgages", "seguro de vida", "prevoyance", "assurance vie", "lebensversicherung",
    "berufsunfahigkeit", "advertorial", "publireportage", "publirreportaje", "publirreportagem",
    "bezahlter beitrag", "invite only", "by invitation only", "sur invitation",
    "solo por invitacion", "nur auf einladung", "so por convite", "mastermind",
    "peer group membership", "annual membership", "places restantes", "spots left",
    "seats left", "plazas restantes", "restplatze", "vagas restantes", "founding member",
    "early users", "for life",
    "rendimento garantido", "retorno garantido", "oportunidade exclusiva", "guaranteed return",
    "guaranteed returns", "rentabilidad garantizada", "rendement garanti",
    "rendements garantis", "garantierte rendite", "exclusive opportunity",
    "oportunidad exclusiva", "opportunite exclusive",
    "investissement", "investissement immobilier", "defiscalisation", "trop d'impots",
    "pay too much tax", "too much tax", "save on tax", "tax savings", "inversion inmobiliaria",
    "inversiones", "ahorro fiscal", "demasiados impuestos", "steuern sparen",
    "immobilieninvestment", "kapitalanlage", "investimento imobiliario", "pagar menos impostos",
    "conseiller en investissement", "conseillere en investissement", "asesor de inversiones",
    "asesora de inversiones", "anlageberater", "anlageberaterin", "consultor de investimentos",
    "consultora de investimentos", "property investment", "real estate investment",
    "life cover", "critical illness", "you're covered", "check you're covered",
    "make sure you're covered", "hello dear", "hi dear", "kind gentleman", "kind hearted",
    "on deployment", "peacekeeping mission", "chat more privately", "talk more privately",
    "oil rig",
    "solar panels", "solar panel", "paineis solares", "paneles solares", "placas solares",
    "panneaux solaires", "photovoltaik", "solaranlage", "heat pump", "heat pumps",
    "bomba de calor", "pompe a chaleur", "warmepumpe", "de borla", "preco de amigo",
    "precio de amigo", "prix d'ami", "freundschaftspreis", "mates rates", "mate's rates",
    "friends and family discount", "energy bills", "energy bill",
    "speaker package", "speaking package", "sponsorship package", "exhibitor package",
    "a booth", "paquete de ponente", "pack speaker", "pack conferencier", "sprecherpaket",
    "pacote de orador", "sin jefes", "sin jefe", "armando un equipo", "formando un equipo",
    "negocio desde casa", "a tu horario", "te mando un audio", "sans patron", "ohne chef",
    "sem patrao", "sem chefe", "monte une equipe", "a montar uma equipa",
    "escuela de negocios", "business school", "ecole de commerce", "beca del", "descuento del",
    "para antiguos alumnos", "for alumni", "inscripcion abierta", "matricula abierta",
    "stands exposants", "stand exposant", "tarif preferentiel", "tarifs preferentiels",
    "exhibitor stand", "exhibitor stands", "booth space", "stand d'exposition",
    "puesto de exposicion", "ausstellerstand", "stand de expositor", "investments",
    "pensions and investments", "from my phone", "little something",
    "changed everything for me", "zero pressure", "love your energy", "you'd be amazing at",
    "you would be amazing at",
    "give it a like", "like and comment", "leave a comment", "drop a comment", "the algorithm",
    "o algoritmo", "el algoritmo", "l'algorithme", "der algorithmus", "dar um like",
    "deixar um comentario", "dame un like", "deja un comentario", "un petit like",
    "laisser un commentaire", "ein like", "einen kommentar", "retribuo", "return the favour",
    "return the favor", "engagement pod"};

constexpr std::string_view kAutomated[] = {
    "noreply", "no reply", "no-reply", "do not reply", "don't reply to this", "automated message",
    "this is an automated", "automatic reply", "auto reply", "autoreply", "out of office",
    "unsubscribe", "notification", "first name", "firstname", "this message was sent",
    "thanks for your message", "currently out", "auto response", "not monitored",
    "view in browser", "manage preferences", "you're receiving this", "powered by",
    "verification code", "your order", "your account", "respuesta automatica",
    "gracias por conectar", "reponse automatique", "merci pour la connexion",
    "abwesenheitsnotiz", "automatische antwort", "danke fur die vernetzung",
    "resposta automatica", "mensagem automatica", "nao responda", "obrigado por se conectar",
    "obrigado pela ligacao", "fora do escritorio"};

constexpr std::string_view kHostile[] = {
    "idiot", "idiots", "stupid", "moron", "dumb", "clown", "pathetic", "garbage", "trash",
    "loser", "scam", "scammer", "fraud", "grifter", "shut up", "stfu",
    "piss off", "fuck", "fck", "f off", "screw you", "hate you", "disgusting", "shame on you",
    "you suck", "idiota", "estupido", "imbecil", "basura", "vete a la mierda", "callate",
    "estafador", "imbecile", "connard", "cretin", "ta gueule", "degage", "arnaque",
    "escroc", "nul", "blodmann", "arschloch", "halt die klappe", "verpiss dich", "dumm",
    "embarrassing", "joke", "laughable", "ridiculous", "verguenza", "ridicule", "lacherlich",
    "betruger", "schwachsinn", "peinlich", "das pena", "vender humo", "vende humo",
    "vendehumos", "charlatan", "quelle honte", "avoir honte", "schamen", "scharlatan",
    "unsinn", "nonsense", "hot air", "snake oil", "bullshit", "clueless",
    "con artist", "grift", "if you dare", "you have no idea", "you know nothing",
    "tonterias", "no tienes ni idea", "no sabes nada", "n'importe quoi", "foutaise",
    "tu n'y connais rien", "vous n'y connaissez rien", "blodsinn", "quatsch",
    "sie haben keine ahnung", "du hast keine ahnung",
    "burro", "palhaco", "vergonha", "ridiculo", "charlatao", "vigarista", "burla", "aldrabao",
    "lixo", "cala te", "cala a boca", "nao sabes nada", "nao fazes ideia", "treta", "tretas",
    "que vergonha", "vende banha da cobra",
    "groundbreaking", "who knew", "captain obvious", "stating the obvious", "state the obvious",
    "easy to say", "easy for you to say", "this wisdom", "such wisdom", "pearls of wisdom",
    "enfoncer des portes ouvertes", "portes ouvertes", "nie drauf gekommen", "geistesblitz",
    "no me digas", "menudo descubrimiento", "facil decirlo", "facile a dire", "leicht gesagt",
    "descobriste a polvora", "sell courses", "vendes cursos", "vend des formations",
    "you call this", "you call that", "u call this", "llamas a esto", "llamas eso",
    "tu appelles ca", "vous appelez ca", "das nennst du", "nennen sie das", "chamas a isto",
    "chamas a isso", "imagine charging", "imagine paying", "people pay for this",
    "people pay you for this",
    "says the man who", "says the guy who", "says the woman who", "says someone who",
    "dice el que", "dice alguien que", "dit celui qui", "sagt der typ", "sagt einer der",
    "diz quem",
    "says the man who's", "says the guy who's", "says the woman who's", "says someone who's",
    "said the man who",
    "verappeln", "abzocke", "abzocken", "verarschen", "arnaquer", "estafar",
    "enganar os clientes", "fooling customers", "fool customers", "ripping off", "rip off",
    "rip-off"};

constexpr std::string_view kHostileTraps[] = {
    "wouldn't shut up", "wouldnt shut up", "won't shut up", "wont shut up", "couldn't shut up",
    "can't shut up", "cant shut up", "never shuts up", "shut up and take my money", "no joke",
    "not a joke", "jokes aside", "joke aside", "inside joke", "running joke", "bad joke",
    "dad joke", "no es broma", "sans blague", "kein witz",
    "years ridiculous", "ridiculous how", "ridiculous amount", "stupid question",
    "dumb question", "silly question", "ridiculous question", "embarrassing question",
    "a bit embarrassing", "bit embarrassing", "kind of embarrassing", "slightly embarrassing",
    "embarrassing to admit", "pregunta tonta", "pregunta estupida", "me da verguenza",
    "question bete", "question stupide", "question idiote", "dumme frage", "ist mir peinlich",
    "mir etwas peinlich", "pergunta estupida", "pergunta parva", "pergunta idiota",
    "tenho vergonha"};

// The writer speaking of themselves: a hostile word there is self-deprecation ("my prices
// are a joke", "je suis nul en chiffres"). Exclamations are not ("oh my god, what garbage").
constexpr std::string_view kSelfReferences[] = {
    "my", "our", "i'm", "i am", "we're", "we are", "myself", "ourselves", "mis", "mi",
    "nuestros", "nuestras", "nuestro", "nuestra", "soy", "estoy", "mes", "mon", "ma", "nos",
    "notre", "je suis", "moi", "mein", "meine", "meinen", "meiner", "unser", "unsere",
    "unseren", "ich bin", "meu", "minha", "meus", "minhas", "nosso", "nossa", "nossos",
    "nossas", "sou", "estou"};
constexpr std::string_view kExclamations[] = {
    "oh my", "my god", "my goodness", "my lord", "mon dieu", "dios mio", "madre mia",
    "mein gott", "meu deus"};
// Facebook Marketplace's pre-filled first message to a seller.
constexpr std::string_view kListingQuestions[] = {
    "is this still available", "is this available", "still available", "sigue disponible",
    "esta disponible", "toujours disponible", "est ce toujours disponible", "noch verfugbar",
    "ist das noch verfugbar", "ainda esta disponivel", "ainda disponivel"};

constexpr std::string_view kClosing[] = {
    "talk soon", "bye", "take care", "all set", "sounds good", "have a great", "have a good",
    "cheers", "see you", "all the best", "best of luck", "good luck", "no worries",
    "hasta luego", "un saludo", "nos vemos", "a bientot", "bonne journee", "bis bald",
    "schones wochenende", "alles gute", "thanks again", "ya hablamos", "good to see you",
    "great to see you", "so good to see", "say hi to",
    "ate logo", "ate breve", "ate ja", "abraco", "abracos", "beijinhos", "bom fim de semana",
    "tudo de bom", "boa sorte", "fica bem", "boa semana", "falamos depois", "falamos em breve",
    "thanks for the pointer", "thanks for the pointers", "thanks for the tip",
    "thanks for the tips", "thanks for the intro", "will reach out to her",
    "will reach out to him", "will reach out to them", "i'll reach out to her",
    "i'll reach out to him", "gracias por el contacto", "merci pour le contact",
    "danke fur den tipp", "obrigado pela dica", "obrigada pela dica",
    "je file", "bon je file", "je te laisse", "gotta run", "got to run", "gotta go",
    "i have to run", "me tengo que ir", "ich muss los", "ich muss weg", "tenho de ir",
    "tenho que ir",
    "that's all i needed", "that's all i need", "all i needed", "that's what i needed",
    "that answers it", "that answers my question", "eso es todo lo que necesitaba",
    "justo lo que necesitaba", "c'est tout ce qu'il me fallait",
    "c'est exactement ce qu'il me fallait", "mehr brauchte ich nicht", "genau das brauchte ich",
    "era so isso", "era mesmo isso",
    "ordering it now", "just ordered it", "ordered it", "buying it now", "comprando ahora",
    "je le commande", "bestelle es", "vou encomendar",
    "makes sense thanks", "makes sense, thanks", "that makes sense", "got it thanks",
    "perfect thanks", "tiene sentido gracias", "logique merci", "macht sinn danke",
    "faz sentido obrigado"};

constexpr std::string_view kThanksWords[] = {
    "thanks", "thank", "thx", "thnx", "ty", "tysm", "tyvm", "you", "so", "much", "very",
    "a", "lot", "lots", "many", "cheers", "appreciate", "appreciated", "it", "great", "nice",
    "awesome", "cool", "ok", "okay", "k", "thanks!", "again", "man", "mate", "buddy",
    "gracias", "muchas", "mil", "merci", "beaucoup", "bien", "danke", "dank", "vielen",
    "schon", "herzlichen", "super", "top", "genial", "lol", "haha",
    "obrigado", "obrigada", "obg", "brigado", "brigada", "valeu", "muito", "muitissimo",
    "mesmo", "imenso"};

constexpr std::string_view kThanksCores[] = {
    "thanks", "thank", "thx", "thnx", "ty", "tysm", "tyvm", "cheers", "appreciate",
    "appreciated", "gracias", "merci", "danke", "dank",
    "obrigado", "obrigada", "obg", "brigado", "brigada", "valeu"};

constexpr std::string_view kGratitudeCues[] = {
    "owe you", "huge help", "massive help", "big help", "great help", "really helpful",
    "so helpful", "super helpful", "very helpful", "helped a lot", "really helped",
    "lifesaver", "life saver", "appreciate it", "te debo", "muy util", "me ayudo mucho",
    "me ha ayudado", "de gran ayuda", "je te dois", "tres utile", "super utile",
    "m'a beaucoup aide", "hat sehr geholfen", "sehr hilfreich", "hat mir geholfen",
    "ich schulde dir",
    "fico a dever", "ajudou imenso", "ajudou muito", "muito util", "super util",
    "foi muito util", "salvaste me",
    "nos vino genial", "me vino genial", "nos vino muy bien", "me vino muy bien", "nos aclaro",
    "me aclaro mucho", "nos ayudo mucho", "ca nous a beaucoup aide", "ca m'a beaucoup aide",
    "hat mir sehr geholfen", "hat uns sehr geholfen"};

// Openers that machines and people both write; automated only without a real question.
constexpr std::string_view kAutomatedOpeners[] = {
    "thanks for connecting", "thank you for connecting", "thanks for the connection",
    "thanks for following", "thank you for following", "gracias por conectar",
    "merci pour la connexion", "danke fur die vernetzung",
    "obrigado por se conectar", "obrigado pela ligacao", "obrigada pela ligacao"};

// The other side withdrew or declined, or thanks for a call or meeting that already happened:
// nothing left to call about.
constexpr std::string_view kDeclined[] = {
    "thanks for the call", "thank you for the call", "thanks for your time",
    "thank you for your time", "thanks for the chat", "thanks for the meeting",
    "great chatting", "great talking", "good talking", "nice talking", "enjoyed our",
    "will report back", "keep you posted", "let you know how", "gracias por la llamada",
    "gracias por la reunion", "gracias por tu tiempo", "merci pour l'appel",
    "merci pour ton temps", "merci pour votre temps", "merci pour l'echange",
    "danke fur das gesprach", "danke fur deine zeit", "danke fur ihre zeit",
    "danke fur den call", "on se tient au courant", "ich melde mich", "call ended",
    "video call ended",
    "decided to", "handle it ourselves", "handle pricing ourselves", "chose another",
    "went with another", "went with someone", "no longer need", "got it sorted", "all sorted",
    "never mind", "nevermind", "no need", "not needed anymore", "not interested",
    "ya no hace falta", "ya no", "lo resolvimos", "plus besoin", "c'est regle", "on a choisi",
    "nicht mehr notig", "hat sich erledigt", "kein interesse", "haben uns fur",
    "find someone else", "found someone else", "with someone else", "look elsewhere",
    "maybe next time", "another time", "not a good time", "put it on hold", "put this on hold",
    "we'll pass", "pass for now", "for next year",
    "we'll manage", "figured it out", "worked it out", "otra persona", "otro momento",
    "el ano que viene", "no es buen momento", "lo dejamos", "quelqu'un d'autre",
    "une autre fois", "pas le bon moment", "on laisse tomber", "jemand anderen",
    "ein anderes mal", "nachstes jahr", "auf eis", "kein guter zeitpunkt", "lassen es",
    "obrigado pela chamada", "obrigada pela chamada", "obrigado pela conversa",
    "obrigada pela conversa", "obrigado pelo teu tempo", "obrigada pelo teu tempo",
    "obrigado pelo seu tempo", "obrigada pelo seu tempo", "ja nao e preciso",
    "ja nao precisamos", "ja resolvemos", "ja esta resolvido", "outra pessoa",
    "fica para outra altura", "outra altura", "nao e boa altura", "nao estamos interessados",
    "sem interesse", "vamos tratar internamente", "fica para o proximo ano",
    "not my area", "not my field", "not something i do", "outside my area",
    "outside my wheelhouse", "not the right person for", "i'm not the best person",
    "not really my thing", "you should talk to", "i'd talk to", "no es mi area", "no es lo mio",
    "no es mi campo", "pas mon domaine", "pas ma specialite", "nicht mein gebiet",
    "nicht mein fachgebiet", "nao e a minha area", "nao e bem a minha area",
    "please disregard", "disregard my previous", "disregard my last",
    "ignore my previous message", "ignore my last message", "sorry for the noise",
    "decided to hire", "hire an internal", "hiring internally", "decided to keep",
    "decided against", "ignora mi mensaje", "olvida mi mensaje", "hemos decidido contratar",
    "oubliez mon message", "ignorez mon message", "nous avons decide de",
    "vergessen sie meine nachricht", "ignorieren sie meine nachricht",
    "wir haben uns entschieden", "esquece a minha mensagem", "ignora a minha mensagem",
    "decidimos contratar",
    "scrap that", "has been shelved", "just shelved", "shelved the", "put on hold",
    "on hold for now", "on ice", "cancelled the project", "canceled the project",
    "not going ahead", "no longer going ahead", "can't help on this", "i can't help",
    "cannot help", "can't take this on", "can't take it on", "i'll pass",
    "conflict of interest", "no puedo ayudarte", "no puedo ayudaros", "je ne peux pas t'aider",
    "je ne peux pas vous aider", "kann dir nicht helfen", "kann ihnen nicht helfen",
    "nao posso ajudar", "olvida lo que te dije", "laisse tomber", "vergiss es",
    "je ne peux pas accepter", "ne peux donc pas accepter", "conflit d'interets",
    "no puedo aceptar", "conflicto de intereses", "kann ich nicht annehmen",
    "interessenkonflikt", "nao posso aceitar", "conflito de interesses", "pas besoin",
    "une autre piste", "otra opcion", "andere losung", "outra opcao",
    "have to decline", "i have to decline", "must decline", "i'll have to decline",
    "need to decline", "have to say no", "tengo que declinar", "je dois decliner",
    "je dois refuser", "muss ich absagen", "muss leider absagen", "leider absagen",
    "kann nicht zusagen", "kann leider nicht zusagen", "tenho de recusar", "tenho que recusar",
    "fragen einen anderen", "einen anderen referenten", "otro ponente", "un autre intervenant",
    "outro orador", "ask another speaker", "find another speaker"};

// Pleasantries that, alone, are no conversation: congratulations, birthdays, applause.
constexpr std::string_view kPleasantries[] = {
    "congrats", "congratulations", "happy", "birthday", "bday", "well", "done", "great", "post",
    "love", "this", "so", "true", "agreed", "nice", "one", "thanks", "for", "sharing", "amazing",
    "brilliant", "spot", "on", "the", "book", "launch", "anniversary", "work", "feliz",
    "cumpleanos", "felicidades", "enhorabuena", "joyeux", "anniversaire", "felicitations",
    "bravo", "alles", "gute", "zum", "geburtstag", "herzlichen", "gluckwunsch", "glueckwunsch",
    "toll", "super", "genial", "merci", "gracias", "danke", "and", "y", "et", "und", "you",
    "your", "new", "big", "news", "proud", "of", "wow", "yay", "a", "to", "de", "du", "la",
    "el", "le", "der", "die", "das", "sam", "hope", "it's", "its", "good", "have", "day",
    "wonderful", "enjoy", "lovely", "all", "best", "many", "more", "cheers", "year", "years",
    "milestone", "huge", "que", "pases", "un", "buen", "dia", "bonne", "journee", "schonen",
    "tag", "noch", "viel", "erfolg",
    "parabens", "aniversario", "muitos", "parabens pelo", "obrigado", "obrigada", "boa", "bom",
    "sorte", "e", "o", "para", "ti", "pelo", "pela", "novo", "nova", "muito", "orgulho", "top",
    "lindo", "linda"};
constexpr std::string_view kPleasantryCores[] = {
    "congrats", "congratulations", "birthday", "bday", "felicidades", "enhorabuena",
    "cumpleanos", "felicitations", "anniversaire", "geburtstag", "gluckwunsch", "bravo",
    "great post", "thanks for sharing", "love this", "so true", "well done", "spot on",
    "parabens", "feliz aniversario", "muitos parabens"};

// A newcomer saying who sent them: "Marta suggested I get in touch", "Halvard said I could
// write to you", "de la part de Léa", "hat mir Ihren Kontakt gegeben".
constexpr std::string_view kReferralCues[] = {
    "suggested i", "suggested that i", "suggested reaching out", "suggested contacting",
    "suggested we talk", "suggested we speak", "recommended you", "recommended i",
    "recommended that i", "recommended reaching out", "told me to reach out",
    "told me to contact", "told me to get in touch", "told me to write", "told me to message",
    "told me about you", "told me you", "told me i could", "told me i should",
    "said i could", "said i should", "said you might", "said you'd", "said you would",
    "said you're the", "says you're the", "gave me your name", "gave me your number",
    "gave me your contact", "gave me your details", "passed me your", "passed on your",
    "shared your contact", "pointed me to you", "pointed me your way", "pointed me towards you",
    "sent me your way", "sent me to you", "put me in touch", "referred me", "introduced us",
    "speaks highly of you", "spoke highly of you", "on the recommendation of",
    "at the suggestion of", "mentioned you", "mentioned your name",
    "me recomendo", "me recomendo que", "me sugirio", "me paso tu contacto",
    "me paso tu numero", "me dio tu contacto", "me dio tu nombre", "me dio tu numero",
    "me hablo de ti", "me hablo de usted", "me dijo que te escribiera", "me dijo que te",
    "me dijo que podia", "nos presento", "de parte de", "por recomendacion de",
    "m'a conseille de", "m'a recommande", "m'a suggere", "m'a donne ton contact",
    "m'a donne votre contact", "m'a donne ton numero", "m'a donne votre numero",
    "m'a donne ton nom", "m'a parle de toi", "m'a parle de vous", "m'a dit que je pouvais",
    "de la part de", "sur les conseils de", "sur la recommandation de",
    "hat mir empfohlen", "hat mir geraten", "hat mir deinen kontakt", "hat mir ihren kontakt",
    "hat mir deine nummer", "hat mir ihre nummer", "hat mir von dir erzahlt",
    "hat mir von ihnen erzahlt", "hat uns vorgestellt", "auf empfehlung von", "empfahl mir",
    "meinte ich solle", "meinte ich konnte", "recomendou me", "sugeriu me", "sugeriu que",
    "deu me o teu contacto", "deu me o seu contacto", "deu me o teu numero",
    "deu me o seu numero", "falou me de ti", "falou me de si", "indicou me",
    "por indicacao de", "disse me que podia", "disse que eu podia"};

// A work matter, the stuff of a call worth making: prices, a project, a client, a product, a
// talk. Plans between friends name none of it ("drinks Thursday?", "¿quedamos el sábado?").
constexpr std::string_view kWorkMatters[] = {
    "price", "prices", "pricing", "priced", "rate", "rates", "day rate", "charge", "charging",
    "quote", "quotes", "quoting", "budget", "fee", "fees", "pay", "paid", "paying", "invoice",
    "invoices", "client", "clients", "customer", "customers", "project", "projects",
    "business", "company", "startup", "agency", "studio", "shop", "store", "firm", "product",
    "products", "service", "services", "launch", "launching", "proposal", "contract", "deal",
    "deals", "offer", "strategy", "revenue", "sales", "margin", "margins", "subscription",
    "membership", "memberships", "tier", "tiers", "package", "packages", "discount",
    "discounts", "retainer", "workshop", "course", "podcast", "interview", "keynote", "panel",
    "conference", "advice", "advise", "feedback", "mentor", "mentoring", "hire", "consulting",
    "consultancy", "collaborate", "collaboration", "partner", "partnership", "wholesale",
    "commission", "engagement", "work together", "work with you", "packaging", "bring you in",
    "bringing you in", "your expertise", "expertise", "advisor", "advisory", "consultant",
    "precio", "precios",
    "tarifa", "tarifas", "cobrar", "cobro", "presupuesto", "cliente", "clientes", "proyecto",
    "proyectos", "negocio", "empresa", "tienda", "agencia", "producto", "servicio",
    "servicios", "lanzamiento", "propuesta", "contrato", "ventas", "margen", "margenes",
    "suscripcion", "descuento", "descuentos", "taller", "curso", "consejo", "asesoria",
    "colaborar", "colaboracion", "prix", "tarif", "tarifs", "facturer", "devis", "projet",
    "projets", "entreprise", "boutique", "agence", "produit", "lancement", "proposition",
    "contrat", "ventes", "marge", "marges", "abonnement", "remise", "atelier", "formation",
    "conseil", "conseils", "collaborer", "mission", "preis", "preise", "preismodell",
    "honorar", "angebot", "kunde", "kunden", "projekt", "projekte", "firma", "unternehmen",
    "laden", "agentur", "produkt", "dienstleistung", "vorschlag", "vertrag", "umsatz",
    "abo", "rabatt", "kurs", "beratung", "zusammenarbeit", "auftrag",
    "preco", "precos", "precario", "precificacao", "orcamento", "projeto", "projecto", "loja",
    "produto", "servico", "servicos", "lancamento", "proposta", "vendas", "margem", "margens",
    "subscricao", "assinatura", "desconto", "formacao", "conselho", "consultoria",
    "colaboracao", "expansao", "pacote", "pacotes", "mensalidade", "comissao", "padaria",
    "restaurante", "clinica", "estudio",
    "team", "teams", "cto", "ceo", "cfo", "coo", "board", "engineers", "engineering",
    "outside help", "bring in", "bringing in", "bring someone in", "external", "process",
    "processes", "roadmap", "rollout", "setup", "equipo", "equipe", "equipa", "vorstand",
    "geschaftsfuhrer", "gerencia", "direccion", "direction", "direcao",
    "freelance", "freelancing", "freelancer", "job", "jobs", "career", "careers", "laid off",
    "let go", "redundancy", "severance", "independent", "self employed", "thesis",
    "dissertation", "research", "trabajo", "empleo", "carrera", "autonomo", "despido", "tesis",
    "emploi", "carriere", "independant", "licencie", "these", "memoire", "karriere",
    "selbststandig", "kundigung", "masterarbeit", "emprego", "carreira", "trabalho",
    "despedido", "tese",
    "speaker", "talk at", "meetup", "summit", "episode",
    "journalist", "article", "publisher", "editor", "manuscript", "chapter",
    "newsletter", "hiring", "fundraising", "investors", "pro bono",
    "volunteer", "nonprofit", "non profit", "ngo", "charity", "marketing", "operations",
    "staffing", "staff", "ponente", "charla", "conferencia", "periodista",
    "articulo", "editorial", "contratacion", "inversores", "ronda", "voluntario",
    "ong", "conferencier", "intervention", "journaliste", "editeur",
    "recrutement", "levee de fonds", "benevole", "vortrag", "konferenz", "journalist", "artikel", "verlag", "einstellung", "finanzierungsrunde",
    "ehrenamt", "palestra", "palestrante", "jornalista", "artigo",
    "editora", "recrutamento", "investidores", "voluntariado", "associacao"};

}  // namespace

std::span<const std::string_view> WorkMatters() { return kWorkMatters; }
std::span<const std::string_view> ReferralCues() { return kReferralCues; }
std::span<const std::string_view> Copulas() { return kCopulas; }
std::span<const std::string_view> FreeTopics() { return kFreeTopics; }
std::span<const std::string_view> Reporting() { return kReporting; }
std::span<const std::string_view> ClosingTraps() { return kClosingTraps; }
std::span<const std::string_view> SelfReferences() { return kSelfReferences; }
std::span<const std::string_view> Exclamations() { return kExclamations; }
std::span<const std::string_view> ListingQuestions() { return kListingQuestions; }

std::span<const std::string_view> AutomatedOpeners() { return kAutomatedOpeners; }
std::span<const std::string_view> DeclinedCues() { return kDeclined; }
std::span<const std::string_view> Pleasantries() { return kPleasantries; }
std::span<const std::string_view> PleasantryCores() { return kPleasantryCores; }

std::span<const std::string_view> AskObjects(int kind_index) { return kAskObjects.at(kind_index); }
std::span<const std::string_view> RequestFraming() { return kFraming; }
std::span<const std::string_view> Possessives() { return kPossessives; }
std::span<const std::string_view> TimeObjects() { return kTimeObjects; }
std::span<const std::string_view> YouWords() { return kYouWords; }
std::span<const std::string_view> TimeTraps() { return kTimeTraps; }
std::span<const StrongAsk> StrongAsks() { return kStrongAsks; }
std::span<const std::string_view> AskTraps() { return kAskTraps; }
std::span<const std::string_view> TopicRates() { return kTopicRates; }
std::span<const std::string_view> ScheduleWords() { return kScheduleWords; }
std::span<const std::string_view> FreeOffers() { return kFreeOffers; }
std::span<const std::string_view> FreeGivers() { return kFreeGivers; }
std::span<const std::string_view> Audiences() { return kAudiences; }
std::span<const std::string_view> LikeYou() { return kLikeYou; }
std::span<const std::string_view> HelpClaims() { return kHelpClaims; }
std::span<const std::string_view> ServiceClaims() { return kServiceClaims; }
std::span<const std::string_view> FitSeeking() { return kFitSeeking; }
std::span<const std::string_view> SellerTargets() { return kSellerTargets; }
std::span<const std::string_view> OffersToPresent() { return kOffersToPresent; }
std::span<const std::string_view> JobTitles() { return kJobTitles; }
std::span<const std::string_view> ProfileMatch() { return kProfileMatch; }
std::span<const std::string_view> Placements() { return kPlacements; }
std::span<const std::string_view> RecruiterClients() { return kRecruiterClients; }
std::span<const std::string_view> EmploymentWords() { return kEmploymentWords; }
std::span<const std::string_view> ClientNeeds() { return kClientNeeds; }
std::span<const std::string_view> RecruiterCues() { return kRecruiter; }
std::span<const std::string_view> PromotionalCues() { return kPromotional; }
std::span<const std::string_view> AutomatedCues() { return kAutomated; }
std::span<const std::string_view> HostileCues() { return kHostile; }
std::span<const std::string_view> HostileTraps() { return kHostileTraps; }
std::span<const std::string_view> ClosingCues() { return kClosing; }
std::span<const std::string_view> ThanksWords() { return kThanksWords; }
std::span<const std::string_view> ThanksCores() { return kThanksCores; }
std::span<const std::string_view> GratitudeCues() { return kGratitudeCues; }

}  // namespace touchpoint::lexicon
