// The word lists behind OutreachCues (core/outreach_cues.h): the parts cold outreach is built
// from, each a concept in English, Spanish, French, German and Portuguese. Folded form, as in
// lexicon.cc. They are combined by position (a first person followed by an offering verb, the reader's
// possessive followed by a business asset), so each list names a kind of word, not a phrase.
#include "core/lexicon.h"

namespace touchpoint::lexicon {
namespace {

// The sender, or their firm, as the subject of a sentence.
constexpr std::string_view kSellerSubjects[] = {
    "we", "we're", "i", "i'm", "im", "our team", "my team", "our agency", "my agency",
    "our experts", "our firm", "my firm", "our company", "nous", "je", "j'", "wir", "ich",
    "nosotros", "yo", "mi equipo", "nuestro equipo", "notre equipe", "mon equipe",
    "unser team", "mein team",
    "eu", "a nossa equipa", "a minha equipa", "a nossa agencia", "a minha agencia",
    "we've", "i've", "weve", "ive"};
// What a vendor does for others, as the verb after the sender ("we help", "I turn", "we book",
// "we usually cut"). Spanish and Portuguese first-person forms carry their own subject
// (InflectedOfferVerbs).
constexpr std::string_view kOfferVerbs[] = {
    "help", "helping", "provide", "providing", "offer", "offering", "deliver", "build",
    "create", "design", "develop", "produce", "turn", "place", "handle",
    "automate", "generate", "specialize", "specialise", "specialized", "specialised",
    "work with", "working with", "partner with", "support", "save", "cut", "fix", "boost",
    "connect", "take care", "can get you", "get you", "aide", "aidons", "accompagne",
    "accompagnons", "propose", "proposons", "offrons", "creons", "developpe", "developpons",
    "automatisons", "gerons", "travaille avec", "travaillons avec", "helfe", "helfen",
    "biete", "bieten", "unterstutze", "unterstutzen", "begleite", "begleiten", "entwickle",
    "entwickeln", "erstelle", "erstellen", "ubernehme", "ubernehmen", "automatisieren",
    "produziere", "produzieren", "produisons", "realisons", "gestalten",
    "arbeite mit", "arbeiten mit",
    "ajudar", "oferecer", "criar", "desenvolver", "gerar", "automatizar",
    "built", "launched", "just built", "just launched", "have built", "have launched",
    "recently launched"};
constexpr std::string_view kInflectedOfferVerbs[] = {
    "ayudo", "ayudamos", "ofrezco", "ofrecemos", "acompano", "acompanamos", "gestiono",
    "gestionamos", "creamos", "disenamos", "desarrollamos", "redisenamos", "conseguimos",
    "automatizamos", "generamos", "brindamos", "proporcionamos", "impulsamos", "producimos",
    "realizamos",
    "trabajo con", "trabajamos con", "especializados en", "especializada en",
    "nos especializamos", "me especializo",
    "ajudo", "ofereco", "oferecemos", "acompanho", "acompanhamos", "criamos", "desenvolvemos",
    "geramos", "produzimos", "trabalhamos com", "especializados em", "especializada em",
    "especializamo nos",
    "who specialises in", "who specializes in", "specialising in", "specializing in"};

// The first person's own, before something sold: "our platform", "my guide", "nos formules".
constexpr std::string_view kFirstPossessives[] = {
    "our", "my", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis", "notre", "nos",
    "mon", "ma", "mes", "unser", "unsere", "unseren", "unserem", "mein", "meine", "meinen",
    "nosso", "nossa", "nossos", "nossas", "meu", "minha", "meus", "minhas"};
constexpr std::string_view kOfferings[] = {
    "platform", "plataforma", "plateforme", "plattform", "tool", "tools", "herramienta",
    "outil", "outils", "app", "service", "services", "servicio", "servicios", "dienstleistung",
    "dienstleistungen", "solution", "solutions", "solucion", "soluciones", "losung",
    "losungen", "agency", "agencia", "agence", "agentur", "network", "reseau", "netzwerk",
    "program", "programme", "programa", "programm", "offer", "oferta", "offre", "angebot",
    "package", "packages", "paquete", "paquetes", "formule", "formules", "paket", "pakete",
    "system", "sistema", "systeme", "guide", "guia", "report", "informe", "rapport",
    "whitepaper", "livre blanc", "webinar", "webinario", "summit", "masterclass",
    "community", "comunidad", "communaute", "newsletter", "software", "templates",
    "portfolio", "media kit", "deck", "catalogue", "catalogo", "katalog", "demo", "references",
    "referencias", "referenzen", "case studies", "casos de exito", "work samples",
    "ferramenta", "servico", "servicos", "solucao", "solucoes", "rede", "pacote", "pacotes",
    "relatorio", "comunidade", "curso", "mentoria", "formacao"};

// Work done or offered on the reader's business without being asked: "an audit of your
// profile", "a coverage check for you", "un diagnostic de votre site". Followed by the reader
// (ReaderRefs) within a few words; a client asks for the same work on their own business.
constexpr std::string_view kDiagnostics[] = {
    "audit", "audits", "coverage check", "health check", "quick check", "review", "analysis",
    "assessment", "mockup", "mock up", "teardown", "breakdown", "auditoria", "diagnostico",
    "analisis", "revision", "diagnostic", "analyse", "bilan", "maquette", "check up",
    "prufung", "uberprufung", "bewertung",
    "analise", "revisao", "avaliacao"};
constexpr std::string_view kReaderRefs[] = {
    "of your", "for you", "for your", "on your", "of you", "de tu", "de tus", "para ti",
    "para tu", "de su", "de votre", "de vos", "de ton", "de ta", "pour vous", "pour toi",
    "sur votre", "fur sie", "fur dich", "ihrer", "deiner", "von ihrem", "von deinem",
    "ihres", "deines",
    "do teu", "da tua", "do seu", "da sua", "para si", "para o teu", "para a tua", "dos teus",
    "das tuas"};

// The reader's, before a business asset a vendor means to fix or grow: "your website",
// "tu facturación", "votre visibilité", "Ihre Buchhaltung". People asking something of the
// owner name the owner's work instead ("your post", "your book", "your advice").
constexpr std::string_view kReaderPossessives[] = {
    "your", "tu", "tus", "votre", "vos", "ton", "ta", "tes", "dein", "deine", "deinen",
    "deinem", "ihr", "ihre", "ihren", "ihrem",
    "teu", "tua", "teus", "tuas"};
constexpr std::string_view kReaderAssets[] = {
    "website", "site", "web", "page", "pagina", "webseite", "homepage", "account", "cuenta",
    "compte", "konto", "business", "negocio", "activite", "entreprise", "unternehmen",
    "firma", "brand", "marca", "marque", "marke", "pipeline", "leads", "sales", "ventas",
    "ventes", "umsatz", "vertrieb", "revenue", "ingresos", "chiffre d'affaires",
    "bookkeeping", "accounting", "contabilidad", "comptabilite", "buchhaltung", "taxes",
    "impuestos", "impots", "steuern", "visibility", "visibilidad", "visibilite",
    "sichtbarkeit", "reach", "alcance", "reichweite", "audience", "audiencia", "publikum",
    "inbox", "calendar", "agenda", "kalender", "funnel", "growth", "crecimiento",
    "croissance", "wachstum", "ads", "ranking", "seo", "traffic", "trafico", "trafic",
    "followers", "seguidores", "abonnes", "savings", "ahorros", "epargne", "ersparnisse",
    "pension", "retirement", "jubilacion", "retraite", "altersvorsorge", "finances",
    "finanzas", "finanzen", "money", "dinero", "argent", "geld", "invoicing", "facturacion",
    "facturation", "rechnungen", "payments", "pagos", "paiements", "zahlungen", "presence",
    "presencia", "presence en ligne", "prasenz", "software spend", "spend", "process",
    "procesos", "processus", "prozesse", "profile views", "conversion", "conversions",
    "online presence", "social media", "redes sociales", "reseaux sociaux", "team's",
    "vendas", "faturacao", "contabilidade", "conta", "empresa", "visibilidade", "presenca",
    "poupancas", "reforma", "financas", "trafego", "redes sociais"};

// Words that may stand between the sender and the offering verb: "we usually cut", "I can
// help", "wir können".
constexpr std::string_view kSubjectFillers[] = {
    "can", "also", "usually", "typically", "currently", "now", "mainly", "specifically",
    "actually", "often", "will", "already", "just", "pouvons", "peux", "konnen", "kann",
    "auch", "aussi", "tambien",
    "podemos", "posso", "tambem", "ja", "normalmente"};

// Gifts and terms that lower the bar to buy: a free trial, no obligation, a discount for the
// reader, early access ("free" itself is read in context, see OffersSomethingFree in
// message_signals.cc). Discounts and trials as such are what clients of a pricing person talk
// about ("they want 45% off", "our trial-to-paid"), so only offered ones count.
constexpr std::string_view kGifts[] = {
    "free trial", "day trial", "week trial", "no obligation", "no commitment", "no cost",
    "at no cost", "no charge", "on the house", "early access", "half price", "off everything",
    "discount code", "exclusive discount", "special discount", "special offer",
    "limited spots", "limited places", "gratis", "sin compromiso", "sin coste", "sin costo",
    "prueba gratis", "prueba gratuita", "mitad de precio", "plazas limitadas",
    "descuento especial", "sans engagement", "sans frais", "essai gratuit", "essai offert",
    "offert", "offerte", "places limitees", "remise exclusive", "unverbindlich",
    "unverbindliches", "unverbindlichen", "unverbindliche", "kostenfrei", "kostenfreien",
    "kostenfreies", "kostenfreie", "testphase", "kostenlos testen", "sonderrabatt",
    "fruhbucher", "fruhbucherpreis", "early bird", "promo code", "discount code", "with code",
    "use code", "coupon", "codigo de descuento", "con el codigo", "code promo", "avec le code",
    "gutscheincode", "rabattcode", "mit dem code", "giveaway", "chance to win", "enter to win",
    "sorteo", "concurso", "gana un premio", "concours", "gagnez", "tirage au sort", "jeu concours",
    "gewinnspiel", "verlosung",
    "sem compromisso", "sem custo", "teste gratis", "teste gratuito", "vagas limitadas",
    "lugares limitados", "desconto especial", "codigo de desconto", "oferta especial",
    "sorteio", "passatempo",
    "places restantes", "spots left", "seats left", "places left", "plazas restantes",
    "restplatze", "vagas restantes", "for life", "early users", "founding member",
    "founding members"};

// A greeting to many people at once, in a message that reached the owner alone: an
// announcement sent to a list.
constexpr std::string_view kCrowdGreetings[] = {
    "hi all", "hi everyone", "hello everyone", "hey everyone", "hi everybody", "dear all",
    "hi friends", "hey friends", "hola a todos", "hola a todas", "hola chicos",
    "bonjour a tous", "salut a tous", "bonjour tout le monde", "coucou tout le monde",
    "hallo zusammen", "hallo an alle", "hallo ihr lieben", "liebe alle",
    "ola a todos", "ola a todas", "ola pessoal", "bom dia a todos", "boa tarde a todos"};

// A price on what the sender sells: an amount per period or a starting price ("€89/month",
// "from $990", "ab 199 €", "59 € HT par mois"). Amounts alone are everyone's ("45% off
// wholesale"); a seller prices by the month, the hour or the package.
constexpr std::string_view kPricePeriods[] = {
    "mo", "month", "monthly", "per month", "a month", "hour", "hr", "per hour", "an hour",
    "per year", "a year", "mes", "al mes", "por mes", "mensuales", "hora", "por hora",
    "mois", "par mois", "mensuel", "heure", "de l'heure", "monat", "im monat", "pro monat",
    "monatlich", "stunde", "pro stunde", "ht",
    "mensais", "por ano", "ao mes",
    "quarter", "per quarter", "a quarter", "le trimestre", "par trimestre", "por trimestre",
    "pro quartal", "im quartal", "vat", "+ vat", "plus vat", "iva", "+ iva", "mas iva",
    "mais iva", "ttc", "zzgl", "mwst"};
constexpr std::string_view kPriceLeads[] = {
    "from", "starting at", "starting from", "only", "just", "desde", "a partir de", "solo",
    "des", "seulement", "ab", "nur", "packages from", "plans from", "pakete ab",
    "a partir de seulement", "it's", "it is", "start at", "starts at", "as low as", "cuesta",
    "coute",
    "kostet", "por solo", "pour seulement", "fur nur",
    "apenas", "so", "por apenas", "custa",
    "membership is", "annual membership is", "membership", "contribution is", "the fee is",
    "fee is", "investment is", "investment of", "l'investissement est de",
    "la cotisation est de", "cotisation", "la cuota es de", "cuota", "der beitrag", "beitrag",
    "a quota e de", "quota",
    "package is", "the package is", "package costs", "the investment is", "participation fee"};

// The reader flattered as chosen: a feature, a panel, an allocation or a directory that is
// sold, not given ("you've been selected", "a select group of founders", "foste selecionado").
constexpr std::string_view kSelections[] = {
    "selected you", "you've been selected", "you have been selected", "you were selected",
    "been handpicked", "handpicked", "hand picked", "shortlisted you", "you've been shortlisted",
    "you've been nominated", "nominated you", "select group", "selected group", "a few select",
    "exclusive group", "has sido seleccionado", "has sido seleccionada", "fuiste seleccionado",
    "fuiste seleccionada", "te hemos seleccionado", "grupo selecto", "vous avez ete selectionne",
    "vous avez ete selectionnee", "tu as ete selectionne", "tu as ete selectionnee",
    "groupe restreint", "sie wurden ausgewahlt", "du wurdest ausgewahlt", "ausgewahlter kreis",
    "foste selecionado", "foste selecionada", "foi selecionado", "foi selecionada",
    "grupo restrito", "grupo seleto",
    "invite only", "invitation only", "by invitation", "sur invitation", "sur cooptation",
    "por invitacion", "nur auf einladung", "por convite", "so por convite", "private circle",
    "cercle prive", "circulo privado", "privater kreis", "circulo privado"};
constexpr std::string_view kFirstPersons[] = {
    "i", "i'm", "im", "i've", "i'd", "i'll", "me", "we", "we're", "we've", "we'd", "we'll",
    "us", "yo", "nosotros", "nosotras", "je", "j'", "moi", "nous", "ich", "mich", "mir", "wir",
    "uns", "eu", "nos", "comigo", "mim", "tengo", "tenemos", "soy", "somos", "estoy", "estamos",
    "tenho", "temos", "sou", "estou"};
constexpr std::string_view kProductVerbs[] = {
    "helps", "allows", "lets you", "lets teams", "enables", "empowers", "automates", "ayuda a",
    "permite", "permet", "permettent", "aide les", "aide a", "hilft", "ermoglicht",
    "unterstutzt", "ajuda", "ajuda a", "permite que"};
// Where to act on an offer without a conversation: a calendar, a slot, a keyword to reply.
constexpr std::string_view kBookingPrompts[] = {
    "calendly", "my calendar link", "here's my calendar", "here is my calendar", "grab a slot", "grab a time", "pick a time",
    "pick a slot", "book here", "book a slot", "book your", "schedule here", "reply yes",
    "just reply", "reply with", "save your seat", "reserve your spot",
    "claim your", "sign up", "register", "agenda aqui", "reserva aqui", "reserva tu",
    "responde si", "inscribete", "reservez", "reservez votre", "repondez oui", "inscrivez",
    "termin buchen", "termin direkt", "jetzt buchen", "antworte mit", "anmelden",
    "link below", "link in bio", "here's the link", "here is the link", "use this link",
    "marca aqui", "reserva ja", "responde sim", "inscreve te", "link abaixo", "booking link",
    "the booking link", "link to book", "link para marcar",
    "reserve one for you", "reserve you a", "reserve you one", "reserve a spot",
    "before they go", "before they sell out", "before they're gone", "te reservo",
    "je vous en reserve", "soll ich ihnen einen reservieren", "reservo te"};

// A seller's way out for the reader, and the reader's first message never written: "if not
// interested", "not the right person?", "reply stop", "I won't follow up".
constexpr std::string_view kOptOuts[] = {
    "if not interested", "if you're not interested", "if you are not interested",
    "not the right person", "right person to talk to", "the right contact", "reply stop",
    "unsubscribe", "opt out", "won't follow up", "won't bother you", "if it's not a priority",
    "if now isn't a good time", "if the timing isn't right", "no hard feelings",
    "si no te interesa", "si no le interesa", "persona adecuada", "no te molesto mas",
    "si ce n'est pas le bon moment", "si cela ne vous interesse pas", "si ca ne t'interesse pas",
    "la bonne personne", "desinscrire", "falls kein interesse", "wenn kein interesse",
    "richtige ansprechpartner", "richtige ansprechpartnerin", "abmelden",
    "se nao tiver interesse", "se nao te interessar", "se nao for a pessoa certa",
    "pessoa certa", "nao volto a incomodar"};

// A reminder of an earlier unanswered message: "just following up", "bumping this",
// "did you see my message", "je me permets de vous relancer", "kurz nachhaken".
constexpr std::string_view kFollowUps[] = {
    "following up", "follow up on", "just following", "bumping", "bump this", "circling back",
    "sorry to chase", "chasing this", "did you get a chance", "had a chance to look",
    "any thoughts on my", "my message about", "pudiste ver", "viste mi mensaje",
    "as tu eu le temps", "avez vous eu le temps", "hast du meine", "haben sie meine",
    "circle back", "checking in on", "just checking in", "did you see my", "did you get my",
    "in case you missed", "my last message", "my previous message", "my earlier message",
    "my note", "my message below", "top of your inbox", "gentle reminder", "friendly reminder",
    "quick reminder", "retomo", "mi mensaje anterior", "mi ultimo mensaje", "te recuerdo",
    "por si no lo viste", "recordatorio", "relancer", "relance", "mon precedent message",
    "mon message precedent", "mon dernier message", "petit rappel", "nachhaken", "nachfassen",
    "meine letzte nachricht", "meine nachricht von", "erinnerung", "kurze erinnerung",
    "so para relembrar", "volto a escrever", "a minha ultima mensagem",
    "a minha mensagem anterior", "viste a minha mensagem", "conseguiste ver", "lembrete"};

// The sender's own problem or need, said as theirs: a client's message, whatever else it
// shares with a pitch ("our margins", "I have no idea what to charge", "wir brauchen").
constexpr std::string_view kOwnNeeds[] = {
    "i need", "we need", "no idea", "no clue", "not sure how", "i'm struggling", "we're struggling",
    "i am struggling", "we are struggling", "been struggling", "struggling with our",
    "struggling with my", "i'm stuck", "we're stuck", "i am stuck", "we are stuck", "got stuck",
    "bit stuck", "feel stuck", "feeling stuck",
    "killing us", "killing our", "we're losing", "we are losing", "i'm losing", "keep losing",
    "nervous", "how do we", "how do i", "how should we", "how should i",
    "necesito", "necesitamos", "no se como", "no se cuanto", "no sabemos", "nos cuesta",
    "j'ai besoin", "nous avons besoin", "on a besoin", "je ne sais pas", "nous ne savons pas",
    "on hesite", "nous hesitons", "ich brauche", "wir brauchen", "weiss nicht", "wissen nicht",
    "unsicher", "uberlegen", "figure out", "trying to decide", "deciding whether",
    "not sure whether", "don't know how", "don't know whether", "don't really know",
    "would pay", "i'd pay", "we'd pay", "we will pay", "pay you", "pay for your",
    "decidiendo", "no sabemos si", "te pagaria", "pagariamos", "pagaria", "on se demande",
    "je me demande", "nous nous demandons", "je paierais", "on paierait", "nous paierions",
    "wir uberlegen", "ich uberlege", "wurde dich bezahlen", "wurden zahlen", "bezahle",
    "preciso", "precisamos", "nao sei como", "nao sei quanto", "nao sabemos",
    "estamos a perder", "tenho medo", "nao consigo", "estamos a pensar", "estamos a decidir",
    "pago a consulta"};
// The first person's own prices or money, the matter a client brings: "our pricing", "mis
// tarifas", "nos tarifs", "unsere Preise".
constexpr std::string_view kOwnMatters[] = {
    "pricing", "prices", "price", "day rate", "margins", "margin", "packaging", "tiers",
    "discounts", "precios", "precio",
    "tarifas", "tarifa", "margenes", "presupuesto", "prix", "tarifs", "tarif", "marges",
    "grille tarifaire", "devis", "preise", "preis", "preismodell", "tagessatze", "tagessatz",
    "margen", "rabatte", "angebote",
    "precos", "preco", "margens", "margem", "orcamento", "precario",
    "quotes", "quote", "quoting", "my quotes", "orcamentos", "presupuestos"};

// A need, after a first-person possessive and its noun: "my agency needs", "notre équipe a
// besoin", "unser Team braucht".
constexpr std::string_view kNeedVerbs[] = {
    "needs", "need", "is struggling", "are struggling", "necesita", "necesitan",
    "a besoin", "ont besoin", "braucht", "brauchen", "benotigt",
    "precisa", "precisam", "esta a perder"};
// Price words: a sentence that names the sender's own offering and its price is a client's.
constexpr std::string_view kPriceWords[] = {
    "price", "prices", "pricing", "priced", "charge", "rates", "precio", "precios", "tarifa",
    "tarifas", "cobrar", "prix", "tarif", "tarifs", "facturer", "preis", "preise", "preismodell",
    "verlangen", "price point",
    "preco", "precos", "precario"};

}  // namespace

std::span<const std::string_view> NeedVerbs() { return kNeedVerbs; }
std::span<const std::string_view> PriceWords() { return kPriceWords; }
std::span<const std::string_view> SellerSubjects() { return kSellerSubjects; }
std::span<const std::string_view> OfferVerbs() { return kOfferVerbs; }
std::span<const std::string_view> InflectedOfferVerbs() { return kInflectedOfferVerbs; }
std::span<const std::string_view> Selections() { return kSelections; }
std::span<const std::string_view> FirstPersons() { return kFirstPersons; }
std::span<const std::string_view> ProductVerbs() { return kProductVerbs; }
std::span<const std::string_view> FirstPossessives() { return kFirstPossessives; }
std::span<const std::string_view> Offerings() { return kOfferings; }
std::span<const std::string_view> Diagnostics() { return kDiagnostics; }
std::span<const std::string_view> ReaderRefs() { return kReaderRefs; }
std::span<const std::string_view> ReaderPossessives() { return kReaderPossessives; }
std::span<const std::string_view> ReaderAssets() { return kReaderAssets; }
std::span<const std::string_view> SubjectFillers() { return kSubjectFillers; }
std::span<const std::string_view> Gifts() { return kGifts; }
std::span<const std::string_view> PricePeriods() { return kPricePeriods; }
std::span<const std::string_view> PriceLeads() { return kPriceLeads; }
std::span<const std::string_view> BookingPrompts() { return kBookingPrompts; }
std::span<const std::string_view> CrowdGreetings() { return kCrowdGreetings; }
std::span<const std::string_view> OptOuts() { return kOptOuts; }
std::span<const std::string_view> FollowUps() { return kFollowUps; }
std::span<const std::string_view> OwnNeeds() { return kOwnNeeds; }
std::span<const std::string_view> OwnMatters() { return kOwnMatters; }

}  // namespace touchpoint::lexicon
