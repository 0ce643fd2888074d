// The word lists behind MessageSignals. Folded form: lower case, no accents, apostrophes kept,
// punctuation gone. Short words are listed with their common typos; words of five letters or
// more also match within one edit (see text_fold.h).
#include "core/lexicon.h"

#include <array>

namespace touchpoint::lexicon {
namespace {

constexpr std::string_view kCall[] = {
    "call", "calls", "cal", "cll", "calll", "caal", "phone", "phone call", "ring me", "give me a ring",
    "zoom", "skype", "facetime", "google meet", "teams call", "video call", "videocall",
    "voice call", "llamada", "llamadas", "llamar", "llamarte", "llamarnos", "llamamos",
    "videollamada", "telefono", "appel", "appeler", "t'appeler", "vous appeler", "s'appeler",
    "coup de fil", "telephone", "visio", "anruf", "anrufen", "telefonieren", "telefonat",
    "videoanruf"};
constexpr std::string_view kMeeting[] = {
    "meet", "meeting", "meet up", "meetup", "catch up", "catchup", "get together", "sit down",
    "coffee", "cofee", "coffe", "lunch", "drinks", "a drink", "in person", "reunion",
    "reunirnos", "vernos", "quedar", "un cafe", "tomar algo", "almorzar", "rendez vous", "rdv",
    "se voir", "se rencontrer", "dejeuner", "un verre", "treffen", "termin", "kaffee",
    "mittagessen", "kennenlernen", "auf ein bier"};
constexpr std::string_view kChat[] = {
    "chat", "chta", "talk", "discuss", "conversation", "exchange ideas", "compare notes",
    "hablar", "charlar", "platicar", "conversar", "discuter", "echanger", "parler", "sprechen",
    "austauschen", "plaudern", "besprechen", "unterhalten", "quatscher"};
constexpr std::string_view kRates[] = {
    "rate", "rates", "day rate", "pricing", "price", "prices", "charge", "cost", "quote",
    "budget", "fee", "fees", "retainer", "hourly", "proposal", "hire you", "work with you",
    "engage you", "book you", "tarifa", "tarifas", "precio", "precios", "presupuesto", "cobras",
    "cobrarias", "honorarios", "contratarte", "tarif", "tarifs", "prix", "devis", "facturer",
    "honoraires", "te payer", "preis", "preise", "kosten", "honorar", "tagessatz", "stundensatz",
    "beauftragen", "dich buchen"};
constexpr std::string_view kFeedback[] = {
    "feedback", "thoughts", "your opinion", "review", "advice", "your take", "input",
    "second pair of eyes", "take a look", "have a look", "look over", "critique",
    "sanity check", "what you think", "opinion", "consejo", "comentarios", "revisar",
    "echar un vistazo", "que opinas", "avis", "retour", "retours", "conseil", "conseils",
    "relire", "jeter un oeil", "ton regard", "meinung", "ratschlag", "einschatzung",
    "druberschauen", "ruckmeldung", "tipps"};
constexpr std::string_view kHelp[] = {
    "help", "hlep", "assist", "support", "mentor", "mentoring", "guidance", "a hand", "ayuda",
    "ayudar", "ayudarme", "ayudarnos", "echar una mano", "aide", "aider", "m'aider",
    "nous aider", "coup de main", "hilfe", "helfen", "unterstutzen", "unterstutzung"};

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
    "looking for", "need",
    // Spanish
    "podemos", "podriamos", "puedes", "podrias", "puede", "podria", "te parece", "le parece",
    "te gustaria", "tienes tiempo", "tiene tiempo", "estas libre", "quieres", "te apetece",
    "me encantaria", "me gustaria", "disponible", "avisame", "cuando", "cuanto", "por favor",
    "necesito", "busco",
    // French
    "pourrait on", "pourrions nous", "peux tu", "pourrais tu", "pouvez vous", "pourriez vous",
    "serais tu", "seriez vous", "ca te dit", "ca vous dit", "tu es dispo", "dispo",
    "disponible", "est ce que", "on pourrait", "j'aimerais", "j'aimerai", "je voudrais",
    "volontiers", "quand", "combien", "s'il te plait", "s'il vous plait", "stp", "svp",
    "aurais tu", "auriez vous", "besoin", "je cherche",
    // German
    "konnen wir", "konnten wir", "kannst du", "konntest du", "konnen sie", "konnten sie",
    "hast du zeit", "haben sie zeit", "hattest du", "hatten sie", "lust auf", "lust",
    "wollen wir", "sollen wir", "wurde gerne", "wurde mich freuen", "wurde ich gerne",
    "mochte", "wann passt", "passt es", "passt dir", "wie viel", "wieviel", "gerne", "bitte",
    "brauche", "suche"};

constexpr std::string_view kTimeCues[] = {
    "tomorrow", "tmrw", "tmr", "today", "tonight", "this week", "next week", "this month",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend",
    "15 min", "20 min", "30 min", "15 minutes", "20 minutes", "30 minutes", "mins", "minutes",
    "asap", "sometime", "soon", "this afternoon", "later today", "manana", "hoy",
    "la semana que viene", "proxima semana", "esta semana", "lunes", "martes", "miercoles",
    "jueves", "viernes", "demain", "aujourd'hui", "semaine prochaine", "cette semaine", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "morgen", "heute", "nachste woche", "diese woche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "wochenende", "minuten"};

constexpr StrongAsk kStrongAsks[] = {
    {"hop on a call", 0}, {"jump on a call", 0}, {"hop on a quick", 0}, {"jump on a quick", 0},
    {"get on a call", 0}, {"quick call", 0}, {"set up a call", 0}, {"set up a time", 0},
    {"find a time", 0}, {"book a time", 0}, {"give me a call", 0}, {"give you a call", 0},
    {"call me", 0}, {"call you", 0}, {"hop on zoom", 0}, {"jump on zoom", 0},
    {"una llamada rapida", 0}, {"un appel rapide", 0}, {"une visio", 0},
    {"kurz telefonieren", 0}, {"kurzes telefonat", 0}, {"ruf mich an", 0},
    {"grab a coffee", 1}, {"grab coffee", 1}, {"buy you a coffee", 1}, {"buy you coffee", 1},
    {"buy you lunch", 1}, {"meet up", 1}, {"tomar un cafe", 1}, {"prendre un cafe", 1},
    {"boire un cafe", 1}, {"auf einen kaffee", 1}, {"pick your brain", 2},
    {"what do you charge", 3}, {"what would you charge", 3}, {"how much do you charge", 3},
    {"how much would you charge", 3}, {"your rates", 3}, {"your day rate", 3},
    {"your pricing", 3}, {"cuanto cobras", 3}, {"cuanto cobrarias", 3}, {"cuanto costaria", 3},
    {"combien tu prends", 3}, {"combien prends tu", 3}, {"tes tarifs", 3}, {"vos tarifs", 3},
    {"was kostet", 3}, {"was verlangst du", 3}, {"was nimmst du", 3}, {"deine preise", 3},
    {"ihre preise", 3}, {"your feedback", 4}, {"your thoughts", 4}, {"your advice", 4},
    {"tu opinion", 4}, {"ton avis", 4}, {"votre avis", 4}, {"deine meinung", 4},
    {"ihre meinung", 4}, {"need your help", 5}, {"could use your help", 5},
    {"necesito tu ayuda", 5}, {"besoin de ton aide", 5}, {"besoin de votre aide", 5},
    {"brauche deine hilfe", 5}, {"brauche ihre hilfe", 5}};

constexpr std::string_view kAskTraps[] = {
    "call it a day", "call it", "called it", "so called", "call out", "called out",
    "calling out", "on call", "judgment call", "judgement call", "close call",
    "wake up call", "roll call", "cold call", "cold calls", "conference call", "chatgpt",
    "chat gpt", "chatbot", "chat bot", "group chat", "meeting could have been",
    "meetings could have been", "that meeting", "this meeting", "no call", "don't call",
    "dont call", "never call", "stop calling", "talk is cheap", "small talk", "ted talk",
    "help desk", "helpdesk", "self help", "support ticket", "customer support"};

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
    "ihr profil", "dein profil", "personalberater", "headhunting"};

constexpr std::string_view kPromotional[] = {
    "book a free", "free consultation", "free strategy", "free audit", "free trial",
    "limited time", "limited offer", "% off", "percent off", "discount", "promo", "promo code",
    "coupon", "webinar", "sign up", "signup", "register now", "register here", "click here",
    "link in bio", "grow your business", "grow your audience", "increase your", "boost your",
    "more leads", "generate leads", "lead generation", "our agency", "our team can",
    "our services", "our platform", "our product", "we help businesses", "we help companies",
    "we help founders", "dm me for", "giveaway", "subscribe", "newsletter", "special offer",
    "get started today", "schedule a demo", "book a demo", "free demo", "roi", "seo",
    "followers", "guaranteed", "act now", "don't miss", "dont miss", "gratis", "oferta",
    "descuento", "inscribete", "suscribete", "gratuit", "offre speciale", "reduction",
    "inscrivez vous", "abonnez vous", "kostenlos", "kostenloses", "rabatt",
    "jetzt anmelden", "sonderangebot", "unverbindlich"};

constexpr std::string_view kAutomated[] = {
    "noreply", "no reply", "no-reply", "do not reply", "don't reply to this", "automated message",
    "this is an automated", "automatic reply", "auto reply", "autoreply", "out of office",
    "thanks for connecting", "thank you for connecting", "thanks for the connection",
    "thanks for following", "thank you for following", "unsubscribe", "notification",
    "verification code", "your order", "your account", "respuesta automatica",
    "gracias por conectar", "reponse automatique", "merci pour la connexion",
    "abwesenheitsnotiz", "automatische antwort", "danke fur die vernetzung"};

constexpr std::string_view kHostile[] = {
    "idiot", "idiots", "stupid", "moron", "dumb", "clown", "pathetic", "garbage", "trash",
    "loser", "scam", "scammer", "fraud", "grifter", "shut up", "stfu", "get lost", "go away",
    "piss off", "fuck", "fck", "f off", "screw you", "hate you", "disgusting", "shame on you",
    "you suck", "idiota", "estupido", "imbecil", "basura", "vete a la mierda", "callate",
    "estafador", "imbecile", "connard", "cretin", "ta gueule", "degage", "arnaque",
    "escroc", "nul", "blodmann", "arschloch", "halt die klappe", "verpiss dich", "dumm",
    "betruger", "schwachsinn", "peinlich"};

constexpr std::string_view kClosing[] = {
    "talk soon", "bye", "take care", "all set", "sounds good", "have a great", "have a good",
    "cheers", "see you", "all the best", "best of luck", "good luck", "no worries",
    "hasta luego", "un saludo", "nos vemos", "a bientot", "bonne journee", "bis bald",
    "schones wochenende", "alles gute"};

constexpr std::string_view kThanksWords[] = {
    "thanks", "thank", "thx", "thnx", "ty", "tysm", "tyvm", "you", "so", "much", "very",
    "a", "lot", "lots", "many", "cheers", "appreciate", "appreciated", "it", "great", "nice",
    "awesome", "cool", "ok", "okay", "k", "thanks!", "again", "man", "mate", "buddy",
    "gracias", "muchas", "mil", "merci", "beaucoup", "bien", "danke", "dank", "vielen",
    "schon", "herzlichen", "super", "top", "genial", "lol", "haha"};

constexpr std::string_view kThanksCores[] = {
    "thanks", "thank", "thx", "thnx", "ty", "tysm", "tyvm", "cheers", "appreciate",
    "appreciated", "gracias", "merci", "danke", "dank"};

}  // namespace

std::span<const std::string_view> AskObjects(int kind_index) { return kAskObjects.at(kind_index); }
std::span<const std::string_view> RequestFraming() { return kFraming; }
std::span<const std::string_view> TimeCues() { return kTimeCues; }
std::span<const StrongAsk> StrongAsks() { return kStrongAsks; }
std::span<const std::string_view> AskTraps() { return kAskTraps; }
std::span<const std::string_view> RecruiterCues() { return kRecruiter; }
std::span<const std::string_view> PromotionalCues() { return kPromotional; }
std::span<const std::string_view> AutomatedCues() { return kAutomated; }
std::span<const std::string_view> HostileCues() { return kHostile; }
std::span<const std::string_view> ClosingCues() { return kClosing; }
std::span<const std::string_view> ThanksWords() { return kThanksWords; }
std::span<const std::string_view> ThanksCores() { return kThanksCores; }

}  // namespace touchpoint::lexicon
