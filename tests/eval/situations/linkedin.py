"""LinkedIn situations (ids li-NNNN). Notation: see _dsl.py. All people are invented.

LinkedIn identities are a name plus https://www.linkedin.com/in/<slug> (li=True derives the
slug; li="" is a sender without a profile URL: sponsored InMail, "LinkedIn Member").
Invitations and connections are net("x", ...); messages are dm(L, ...); Sam's posts and their
comments are th(L, ...); a post by someone else that tags Sam is a th(L, ...) whose first
message is theirs (kind "mention").
"""
from ._dsl import P, S, dm, th, net, crowd, ats

T, F, L = "twitter", "facebook", "linkedin"
ME = "me"


def li(name):
    return P(name, li=True)


SITUATIONS = [

# ----------------------------------------------------------------- explicit asks, English
S("li-0001", True, "An invitation note from the head of a 20-person consultancy asks for a 30-minute call about fixed-fee pricing.",
  "ask_call first_contact",
  {"a": li("Gwendolyn Marsh")},
  [net("a", [
      ("a", "-1d 14:37", "Hi Sam, I run a 20-person engineering consultancy and we're rethinking how we price fixed-fee projects. Your posts on risk premiums are spot on. Would you be open to a 30-minute call?"),
  ], focus=True)]),

S("li-0002", True, "After Sam accepts a bare invitation, the COO writes 'thanks for connecting' and then a specific request for a call about hiring a pricing advisor.",
  "ask_call first_contact keyword_trap",
  {"a": li("Ravi Chandrasekar")},
  [net("a", [
      ("a", "-3d 08:10", ""),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 09:05", "Thanks for connecting, Sam! I'm the COO of Fernhill Logistics Software (80 people). We're looking for an external pricing advisor for our move to per-seat plans. Could we set up a call next week to see if it's a fit?"),
  ], focus=True)]),

S("li-0003", True, "A former colleague silent for two years writes that her company needs an outside packaging consultant and proposes coffee.",
  "reengagement ask_meeting",
  {"a": li("Harriet Blackwood")},
  [dm(L, "a", [
      ("a", "-740d 10:00", "Sam, it was a pleasure working with you. Good luck out there!"),
      (ME, "+3h", "Thank you Harriet, same to you. Keep in touch!"),
      ("a", "-2d 16:20", "Sam! It's been two years, can you believe it. I'm now Head of Product at Tallyworks and we need an outside consultant for packaging. I thought of you immediately. Coffee next week? I'm in Lisbon on Wednesday."),
  ], focus=True)]),

S("li-0004", True, "A comment on Sam's post says the company struggles with exactly this and asks to DM; Sam agrees and the DM follows.",
  "ask_chat first_contact reciprocity",
  {"a": li("Mateo Fairbanks")},
  [th(L, [
      (ME, "-3d 09:00", "If your sales team discounts more than 20% on half of all deals, you don't have a sales problem. You have a list price problem."),
      ("a", "+2h", "Sam, this resonates painfully. We're at 34% average discount and leadership blames sales. Would love to compare notes, mind if I DM you?"),
      (ME, "+40m", "Please do, Mateo."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 12:10", "Thanks Sam. Context: 60-person B2B SaaS, three tiers, enterprise deals all custom. I'd like to understand how you'd approach a list-price reset. Could we find 30 minutes?"),
  ], focus=True)]),

S("li-0005", True, "A SaaS company in Berlin asks for Sam's day rate for a pricing strategy workshop.",
  "ask_rates first_contact",
  {"a": li("Sophie Langenberg")},
  [dm(L, "a", [
      ("a", "-2d 11:30", "Hi Sam, what's your day rate for a pricing strategy workshop? We're a 40-person SaaS company in Berlin, leadership team of 6. Ideally in June."),
  ], focus=True)],
  as_of="2026-03-10 08:00"),

S("li-0006", True, "A marketing lead asks for honest feedback on a newly published pricing page and offers to hop on a call.",
  "ask_feedback ask_call first_contact",
  {"a": li("Daniel Okonjo")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Hi Sam, we just published our new pricing page (link below) after months of internal debate. Would you give us your honest feedback? Happy to hop on a call if that's easier than writing it up. pricing.example/new"),
  ], focus=True)]),

S("li-0007", True, "A founder asks for help preparing for a pricing negotiation with an enterprise client next week.",
  "ask_help first_contact",
  {"a": li("Amara Nwosu")},
  [dm(L, "a", [
      ("a", "-2d 19:40", "Hi Sam, I'm the founder of a 12-person data consultancy. Next Thursday we negotiate a renewal with our biggest client and they want 25% off. Could you help me prepare? I'd pay for a session, obviously."),
  ], focus=True)]),

S("li-0008", True, "A meetup organiser invites Sam to speak and asks to set up a quick call to discuss.",
  "ask_call first_contact",
  {"a": li("Pieter Claessens")},
  [dm(L, "a", [
      ("a", "-4d 10:15", "Hi Sam, I organise ProductCraft, a product-management meetup in Antwerp (~200 people). Would you speak at our September edition about pricing? Let's set up a quick call to discuss format and fee."),
  ], focus=True)]),

S("li-0009", True, "A podcast host who clearly read Sam's work invites Sam on a specific episode and proposes a short prep call.",
  "ask_call first_contact",
  {"a": li("Lindiwe Mokoena")},
  [dm(L, "a", [
      ("a", "-3d 13:00", "Hi Sam, I host 'Margins', a podcast about the business side of design studios. Your article about pricing revisions started a whole debate in our community. Would you join us for an episode on exactly that? A 15-minute prep call beforehand would be great."),
  ], focus=True)]),

S("li-0010", True, "A former client introduces Sam to a VP of Sales in a group message and the VP proposes Thursday for a call.",
  "introduction first_contact ask_call",
  {"k": li("Gregory Ashworth"), "n": li("Ayesha Rahman")},
  [dm(L, "k", [
      ("k", "-380d 09:00", "Sam, thanks for the pricing work this year. The board loved it."),
      (ME, "+2h", "Thank you Gregory, it was a pleasure."),
  ]),
   dm(L, "k n", [
      ("k", "-2d 10:00", "Sam, meet Ayesha; Ayesha, meet Sam. Ayesha is VP Sales at Northbeam and is wrestling with a discounting policy. Sam did our pricing last year and it paid for itself in a quarter."),
      ("n", "+45m", "Great to meet you Sam, and thanks Gregory! Would Thursday work for a call? Any time after 2pm CET."),
  ], focus=True)]),

S("li-0011", True, "A prospective client asks many detailed scoping questions in a quick back-and-forth; no call word but a live sales conversation.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Catherine Devereux")},
  [dm(L, "a", [
      ("a", "-2d 09:00", "Hi Sam, we're considering an external pricing review. How long do your engagements usually take?"),
      (ME, "+20m", "Six to eight weeks for a full review: customer interviews, competitive scan, packaging proposal, rollout plan."),
      ("a", "+6m", "Do you need access to our billing data or just summaries?"),
      (ME, "+10m", "Raw exports if possible, anonymised is fine. Most insights hide in the long tail of odd invoices."),
      ("a", "+5m", "Makes sense. Do you also help with the internal communication? Our CS team will be nervous."),
      (ME, "+15m", "Yes, the rollout plan includes a CS playbook and FAQ."),
      ("a", "+4m", "Good. I'll bring this to our CEO today and come back to you with dates."),
  ], focus=True)]),

S("li-0012", True, "A head of product wonders how Sam would approach usage-based pricing 'if ever open to it'; an indirect ask.",
  "indirect_ask first_contact",
  {"a": li("Julian Pemberton")},
  [dm(L, "a", [
      ("a", "-3d 17:00", "Hi Sam, long-time reader. I'd be curious to hear how you'd approach usage-based pricing for a company like ours (API product, very spiky usage), if you're ever open to it."),
  ], focus=True)]),

S("li-0013", True, "Someone tags Sam in a post asking who to talk to about pricing, Sam replies, and they ask for twenty minutes.",
  "ask_chat first_contact reciprocity",
  {"a": li("Fiona McAllister")},
  [th(L, [
      ("a", "-2d 08:30", "We're finally fixing our pricing after 5 years of 'we'll do it next quarter'. Who's the best person to talk to about this? Sam Rivera, I've heard your name a lot."),
      (ME, "+1h", "Happy to help, Fiona. It's usually less scary than 5 years of waiting makes it feel."),
      ("a", "+20m", "Ha! Would love to get 20 minutes with you then. Sending a message."),
  ], focus=True)]),

S("li-0014", True, "A short message with typos asks if Sam is available for a quick call on Tuesday to evaluate consultants.",
  "ask_call first_contact typo",
  {"a": li("Brendan Kilgallen")},
  [dm(L, "a", [
      ("a", "-1d 18:20", "Hi Sam - woudl you be availabe for a quick cal on Tuesday? We're evaluating consultants for our pricing revamp and your name came up twice"),
  ], focus=True)]),

S("li-0015", True, "Someone visiting Lisbon for a client proposes lunch to talk about a possible collaboration.",
  "ask_meeting first_contact",
  {"a": li("Oliver Strand")},
  [dm(L, "a", [
      ("a", "-3d 12:00", "Hi Sam, I'll be in Lisbon from the 12th to the 14th for a client. Any chance of lunch? I run a small revenue-operations firm and I think there's a collaboration in there somewhere."),
  ], focus=True)],
  as_of="2025-10-03 08:00"),

S("li-0016", True, "A prospect who received Sam's proposal comes back with questions and asks to discuss them on a call Monday.",
  "ask_call reciprocity",
  {"a": li("Marguerite Lavoie")},
  [dm(L, "a", [
      ("a", "-20d 10:00", "Hi Sam, could you send a proposal for the packaging review we discussed at the conference?"),
      (ME, "+1d 09:00", "Here it is, Marguerite. Happy to adjust anything."),
      ("a", "-2d 17:30", "Thanks Sam, we've reviewed it with the team. A couple of questions on phase 2 and the timeline. Can we discuss on a call Monday?"),
  ], focus=True)]),

S("li-0017", True, "A contact silent for three years has just become CEO somewhere and wants Sam's help fixing pricing first.",
  "reengagement ask_help",
  {"a": li("Victor Almeida")},
  [dm(L, "a", [
      ("a", "-1100d 09:00", "Great panel, Sam. Let's stay in touch."),
      (ME, "+5h", "Likewise, Victor!"),
      ("a", "-3d 08:15", "Hi Sam, it's been a while! I've just joined Quayside Health as CEO. First thing I want to fix is pricing: we have 14 plans and nobody can explain them. Would love your help. When can we talk?"),
  ], focus=True)]),

S("li-0018", True, "An in-house people lead writes in a recruiter-like tone but the request is a specific three-month advisory contract referencing Sam's book.",
  "ask_call first_contact keyword_trap",
  {"a": li("Penelope Grant")},
  [dm(L, "a", [
      ("a", "-2d 10:40", "Hi Sam, I lead People at Brightwater Labs. Not a job offer, don't worry: our CEO read your book and asked me to find out whether you'd take a 3-month advisory contract on our pricing and packaging. Could we have a call this week to talk scope?"),
  ], focus=True)]),

S("li-0019", True, "A fellow alum launching a consultancy asks for twenty minutes of Sam's time.",
  "ask_chat first_contact",
  {"a": li("Tobias Eriksen")},
  [net("a", [
      ("a", "-2d 18:00", "Hi Sam, fellow Nova SBE alum here. I'm launching a boutique consultancy for family businesses and would love 20 minutes of your time to learn how you set up your pricing practice."),
  ], focus=True)]),

S("li-0020", True, "A stranger has a quick back-and-forth with Sam in comments and then suggests taking it offline.",
  "first_contact reciprocity many_turns fast_reply indirect_ask",
  {"a": li("Esther Abramowitz")},
  [th(L, [
      (ME, "-1d 08:00", "Annual plans should be a reward for commitment, not a discount you're embarrassed about."),
      ("a", "+9m", "How do you frame it on the page then? We show '2 months free' and it feels cheap."),
      (ME, "+6m", "Frame it as what they get: priority support, a locked price, a planning call. The discount is the footnote."),
      ("a", "+5m", "A locked price is clever, especially with our increase coming in Q3."),
      (ME, "+8m", "Exactly. Announce the increase and the lock in the same email."),
      ("a", "+3m", "I have about ten more questions. Shall we take this offline?"),
  ], focus=True)]),

S("li-0021", True, "An invitation note praises a post on discount policies and asks if Sam would take a virtual coffee.",
  "ask_chat first_contact",
  {"a": li("Hamish Ogilvie")},
  [net("a", [
      ("a", "-1d 20:00", "Your post on discount policies is the most useful thing I've read this year. Could I buy you a virtual coffee? I lead sales at a 30-person martech company."),
  ], focus=True)]),

S("li-0022", True, "A founder says the board wants pricing reviewed before the Series A and asks if Sam takes projects in Q2.",
  "ask_rates first_contact",
  {"a": li("Nikhil Varma")},
  [dm(L, "a", [
      ("a", "-2d 07:50", "Hi Sam, our board asked us to review pricing before we raise our Series A in the autumn. Are you taking on projects in Q2? Would love to talk scope and budget."),
  ], focus=True)],
  as_of="2026-01-27 08:00"),

S("li-0023", True, "Two co-founders write together in a group message asking for a call about their agency's packaging.",
  "ask_call first_contact",
  {"a": li("Ines Kovač"), "b": li("Luka Horvat")},
  [dm(L, "a b", [
      ("a", "-3d 10:00", "Hi Sam, Ines and Luka here, co-founders of Studio Morska (design agency, 9 people)."),
      ("b", "+5m", "We keep arguing about whether to sell retainers or projects. Could the three of us get on a call next week? We'd pay for a session."),
  ], focus=True)]),

S("li-0024", True, "An accelerator programme manager asks Sam to run a pricing clinic and needs a 20-minute call to align.",
  "ask_call first_contact",
  {"a": li("Chiamaka Eze")},
  [dm(L, "a", [
      ("a", "-1d 11:11", "Hi Sam, I manage the spring cohort at Lisboa Ventures. Could you run a 2-hour pricing clinic for our 12 startups in May? We'd need a 20-minute call to align on format, and yes, there's a budget."),
  ], focus=True)],
  as_of="2025-02-11 08:00"),

S("li-0025", True, "A journalist asks to interview Sam by phone this week for a piece on freelancer pricing.",
  "ask_call first_contact",
  {"a": li("Margot Hensley")},
  [net("a", [
      ("a", "-2d 15:00", "Hi Sam, I'm writing a piece on how freelancers are pricing in a slowdown for a business weekly. Could I interview you by phone this week? 20 minutes max."),
  ], focus=True)]),

S("li-0026", True, "A new pricing manager asks whether Sam would be open to a mentoring session.",
  "ask_help first_contact",
  {"a": li("Kwame Asante")},
  [dm(L, "a", [
      ("a", "-3d 19:00", "Hi Sam, I've just become the first pricing manager at a mid-size software company and I have no one internally to learn from. Would you be open to a mentoring session, or a few? I'd cover your fee."),
  ], focus=True)]),

S("li-0027", True, "Under Sam's post, someone asks whether Sam offers in-house workshops and Sam invites a DM.",
  "ask_rates first_contact reciprocity",
  {"a": li("Rebecca Lindahl")},
  [th(L, [
      (ME, "-2d 10:00", "Ran a half-day pricing workshop for a product team yesterday. The moment it clicked: when the engineers priced their own roadmap."),
      ("a", "+1h", "Would love to bring this to our team. Do you offer in-house workshops? We're 25 people across product and sales."),
      (ME, "+30m", "I do! Send me a message with dates and I'll share details."),
  ], focus=True)]),

S("li-0028", True, "Someone Sam met at a conference two years ago follows up with a concrete project.",
  "reengagement ask_chat",
  {"a": li("Ellie Vanterpool")},
  [dm(L, "a", [
      ("a", "-700d 19:00", "Great meeting you at SaaStock, Sam!"),
      (ME, "+1d 09:00", "You too, Ellie. Enjoy the rest of the conference."),
      ("a", "-3d 14:00", "Hi Sam, we met at SaaStock a while back. I'm now running growth at Mapleleaf HR and we're planning a big packaging change for January. I'd love to talk about bringing you in. Do you have time in the next two weeks?"),
  ], focus=True)],
  as_of="2025-09-23 07:30"),

S("li-0029", True, "Sam sent an invitation with a note; they accepted and replied that the timing is great and asked to talk next week.",
  "ask_call",
  {"a": li("Florence Achterberg")},
  [net("a", [
      (ME, "-6d 10:00", "Hi Florence, enjoyed your talk on partner programmes. Would love to connect."),
      ("a", "+1d 09:00", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-5d 09:05", "Thanks Sam! Actually, great timing: we're about to rework our partner pricing and I've been looking for an outside view. Could we talk next week?"),
  ], focus=True)]),

# ----------------------------------------------------------------- Spanish, French, German positives
S("li-0030", True, "A Spanish invitation note from a Madrid SaaS asks for a video call about pricing.",
  "ask_call first_contact non_english lang_es",
  {"a": li("Carmen Delgado")},
  [net("a", [
      ("a", "-2d 10:00", "Hola Sam, dirijo el equipo de producto de una SaaS en Madrid. Estamos replanteando nuestros planes y me encantaría tener una videollamada contigo. ¿Te parece bien la semana que viene?"),
  ], focus=True)]),

S("li-0031", True, "In Spanish, a consultancy asks how much Sam charges for a three-month advisory engagement.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Javier Montalbán")},
  [dm(L, "a", [
      ("a", "-1d 12:45", "Buenos días Sam. Somos una consultora de 15 personas en Barcelona. ¿Cuánto cobras por un acompañamiento de tres meses en estrategia de precios? Nos interesa empezar en septiembre."),
  ], focus=True)],
  as_of="2026-05-12 08:00"),

S("li-0032", True, "A Spanish former colleague gets back in touch after a long silence with a concrete proposal to work together.",
  "reengagement ask_chat non_english lang_es",
  {"a": li("Marisol Ferrán")},
  [dm(L, "a", [
      ("a", "-650d 09:00", "¡Mucha suerte en tu nueva etapa, Sam!"),
      (ME, "+4h", "¡Gracias Marisol!"),
      ("a", "-3d 17:30", "¡Hola Sam! Cuánto tiempo. Ahora soy directora comercial en una empresa de software para clínicas y necesitamos rehacer toda la política de descuentos. ¿Tendrías un rato para hablarlo? Me encantaría trabajar contigo."),
  ], focus=True)]),

S("li-0033", True, "A Spanish comment thread on Sam's post turns into a quick exchange and a request to continue by message.",
  "first_contact reciprocity many_turns fast_reply indirect_ask non_english lang_es",
  {"a": li("Rodrigo Salcedo")},
  [th(L, [
      (ME, "-1d 09:00", "Los descuentos por volumen deberían premiar el compromiso, no el tamaño del cliente."),
      ("a", "+15m", "¿Y cómo lo aplicas cuando el cliente grande exige descuento desde el primer día?"),
      (ME, "+8m", "Descuento escalonado: empieza pequeño y crece con el uso real del primer año."),
      ("a", "+6m", "Interesante. Nosotros damos el 30% de entrada y luego no hay manera de subir."),
      (ME, "+10m", "Ese es el problema clásico. El primer precio es el que se queda."),
      ("a", "+5m", "¿Te puedo escribir por privado? Quiero contarte nuestro caso con más detalle."),
  ], focus=True)]),

S("li-0034", True, "A French invitation note asks Sam for a call to discuss a pricing project.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Guillaume Mercier")},
  [net("a", [
      ("a", "-1d 09:40", "Bonjour Sam, je dirige une agence de conseil RH à Paris. Nous souhaitons revoir notre grille tarifaire et vos publications m'ont convaincu. Seriez-vous disponible pour un appel la semaine prochaine ?"),
  ], focus=True)]),

S("li-0035", True, "A French start-up asks what Sam's rate is for a workshop with its leadership team.",
  "ask_rates first_contact non_english lang_fr",
  {"a": li("Sophie Vautrin")},
  [dm(L, "a", [
      ("a", "-2d 14:10", "Bonjour Sam, quel serait votre tarif pour un atelier d'une demi-journée avec notre comité de direction (5 personnes) ? Nous sommes une start-up SaaS à Toulouse."),
  ], focus=True)]),

S("li-0036", True, "In French, a known contact introduces Sam to a founder in a group message, and the founder proposes a meeting.",
  "introduction first_contact ask_meeting non_english lang_fr",
  {"k": li("Béatrice Fontaine"), "n": li("Olivier Laurent")},
  [dm(L, "k", [
      ("k", "-260d 10:00", "Merci pour l'atelier, Sam, l'équipe est ravie !"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 11:00", "Sam, je te présente Olivier, fondateur de Cartelis. Il se pose exactement les questions de prix dont on a parlé l'an dernier. Je pense que vous devriez vous rencontrer !"),
      ("n", "+1h", "Merci Béatrice ! Bonjour Sam, ravi de faire votre connaissance. Pourrions-nous organiser un rendez-vous, en visio ou à Lisbonne, je m'y rends souvent ?"),
  ], focus=True)]),

S("li-0037", True, "A French message asks indirectly whether Sam would share how Sam handled a price increase, if ever willing.",
  "indirect_ask first_contact non_english lang_fr",
  {"a": li("Camille Besnard")},
  [dm(L, "a", [
      ("a", "-3d 18:00", "Bonjour Sam, je serais très curieuse de savoir comment vous avez géré la hausse de prix dont vous parlez dans votre dernier post. Si un jour vous êtes partant pour en discuter, je serais ravie. Nous préparons la même chose pour janvier."),
  ], focus=True)],
  as_of="2025-10-21 08:00"),

S("li-0038", True, "A German invitation note asks for a short call about the company's price model.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Maximilian Fischer")},
  [net("a", [
      ("a", "-2d 08:30", "Hallo Sam, ich bin Geschäftsführer eines Softwarehauses in Stuttgart (35 MA). Wir überarbeiten gerade unser Preismodell. Hätten Sie Zeit für ein kurzes Gespräch?"),
  ], focus=True)]),

S("li-0039", True, "A German head of sales asks what Sam would charge for a pricing review.",
  "ask_rates first_contact non_english lang_de",
  {"a": li("Claudia Neumann")},
  [dm(L, "a", [
      ("a", "-1d 13:20", "Hallo Sam, was würden Sie für eine Überprüfung unserer Preisstruktur berechnen? Wir sind ein B2B-Anbieter für Laborsoftware, ca. 120 Kunden."),
  ], focus=True)]),

S("li-0040", True, "A German contact silent for a year and a half returns with a concrete workshop request.",
  "reengagement ask_meeting non_english lang_de",
  {"a": li("Frank Hübner")},
  [dm(L, "a", [
      ("a", "-540d 10:00", "Danke für den tollen Vortrag in München!"),
      (ME, "+2h", "Sehr gern, Frank!"),
      ("a", "-2d 09:00", "Hallo Sam, lange nicht gesprochen! Wir planen im Herbst einen Strategietag zum Thema Preise und hätten Sie gern als Moderatorin bzw. Moderator dabei. Können wir uns dazu mal (virtuell) zusammensetzen?"),
  ], focus=True)],
  as_of="2026-04-07 07:00"),

S("li-0041", True, "A German message with typos asks for a quick phone call about a tender.",
  "ask_call first_contact typo non_english lang_de",
  {"a": li("Timo Schuster")},
  [dm(L, "a", [
      ("a", "-1d 21:00", "Hallo Sam, hätest du morgen kurz zeit für ein telfonat? wir müssen bis freitag ein angebot für eine ausschreibung abgeben und ich bin mir beim preis total unsicher"),
  ], focus=True)]),

# ----------------------------------------------------------------- cross-platform positives
S("li-0042", True, "Someone who DM'd Sam on Twitter sends a LinkedIn invitation four days later with a note asking to talk about a consulting project.",
  "cross_platform first_contact ask_chat",
  {"a": P("Desmond Achterberg", tw="desachterberg", li=True)},
  [dm(T, "a", [
      ("a", "-5d 20:00", "Hey Sam, your thread on partner discounts was great. We sell through 40 resellers and our margins are a mess."),
  ], focus=True),
   net("a", [
      ("a", "-1d 09:10", "Hi Sam, I wrote to you on Twitter earlier this week about reseller pricing. Would love to connect here and talk about a possible project."),
  ], focus=True)]),

S("li-0043", True, "A local business owner writes on Facebook and on LinkedIn in the same week asking for help with corporate pricing.",
  "cross_platform first_contact ask_help",
  {"a": P("Marta Quaresma", li=True)},
  [dm(F, "a", [
      ("a", "-6d 21:00", "Hi Sam, I own the bike-tour company on the waterfront. A friend said you help small businesses with prices. Could I ask you something about corporate groups?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 09:30", "Hi Sam, also writing here in case Facebook messages get lost. We've been asked to quote for corporate team-building tours (groups of 40) and I'd really appreciate your help setting the price. Could we talk?"),
  ], focus=True)]),

S("li-0044", True, "A product lead comments on Sam's LinkedIn post, replies on Twitter, then asks for rates by LinkedIn message, all within a week.",
  "cross_platform first_contact ask_rates",
  {"a": P("Isabella Moreau-Kline", tw="isamk_product", li=True)},
  [th(L, [
      (ME, "-6d 09:00", "Free trials don't convert because of the trial length. They convert because of what happens on day two."),
      ("a", "+3h", "Day two is exactly where we lose people. Great post."),
  ]),
   th(T, [
      (ME, "-4d 10:00", "Day two of a free trial is the most under-designed day in SaaS."),
      ("a", "+1h", "Said the same on LinkedIn: this is where our funnel dies."),
  ]),
   dm(L, "a", [
      ("a", "-1d 15:45", "Hi Sam, I've been nodding along to your posts all week. We'd like outside help on our trial-to-paid journey and pricing. What would an engagement like that cost, roughly?"),
  ], focus=True)]),

S("li-0045", True, "An old contact silent for over a year writes on LinkedIn and Twitter the same week with a concrete offer to collaborate on a report.",
  "cross_platform reengagement ask_chat",
  {"a": P("Rahul Bhattacharya", tw="rahulbhatta", li=True)},
  [dm(L, "a", [
      ("a", "-480d 10:00", "Enjoyed your webinar, Sam!"),
      (ME, "+1d 09:00", "Thanks Rahul!"),
      ("a", "-3d 16:00", "Hi Sam! We're writing an industry report on SaaS pricing trends and would love you as a co-author for the packaging chapter. Paid, with credit. Interested in talking about it?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 08:30", "Sam, pinged you on LinkedIn about the pricing report, would be great to talk this week if you can!"),
  ], focus=True)]),

S("li-0046", True, "A German founder replies to Sam on Twitter and then asks on LinkedIn for a phone call about their subscription model.",
  "cross_platform first_contact ask_call non_english lang_de",
  {"a": P("Sebastian Krause", tw="sebkrause", li=True)},
  [th(T, [
      (ME, "-4d 09:00", "Abo-Modelle scheitern selten am Preis. Sie scheitern daran, dass niemand weiß, was im Abo drin ist."),
      ("a", "+2h", "Genau unser Problem. Drei Pakete, niemand versteht den Unterschied."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 10:00", "Hallo Sam, wir hatten kurz auf Twitter geschrieben. Ich würde gern mit Ihnen telefonieren: Wir bauen unser Abo-Modell komplett neu und brauchen Unterstützung von außen. Passt es Ihnen nächste Woche?"),
  ], focus=True)]),

S("li-0047", True, "A French gallery owner messages on Facebook and then sends a LinkedIn invitation proposing to meet.",
  "cross_platform first_contact ask_meeting non_english lang_fr",
  {"a": P("Anaïs Deschamps", li=True)},
  [dm(F, "a", [
      ("a", "-5d 19:00", "Bonjour Sam, je tiens une petite galerie à Lisbonne et j'ai lu votre article sur les prix des œuvres. Passionnant !"),
  ], focus=True),
   net("a", [
      ("a", "-2d 10:00", "Bonjour Sam, suite à mon message sur Facebook : accepteriez-vous qu'on se rencontre autour d'un café ? J'aimerais vous parler de la politique de prix de la galerie."),
  ], focus=True)]),

S("li-0048", True, "A known contact introduces a founder on Twitter, and the founder follows up two days later on LinkedIn asking to talk.",
  "cross_platform introduction first_contact ask_chat",
  {"k": P("Valentina Russo", tw="valerusso", li=True), "n": P("Emeka Obi", tw="emekaobi", li=True)},
  [dm(L, "k", [
      ("k", "-330d 10:00", "Thanks for the reference, Sam!"),
  ]),
   th(T, [
      ("k", "-4d 13:00", "@samrivera_io you should meet @emekaobi: he's building a pricing tool for independent pharmacies and has questions only you can answer.", {"at": "n"}),
  ], focus=True),
   dm(L, "n", [
      ("n", "-2d 09:20", "Hi Sam, Valentina introduced us on Twitter. I'd love to talk about pharmacy pricing when you have 30 minutes, is there a time that suits you?"),
  ], focus=True)]),

# ----------------------------------------------------------------- recruiter templates
S("li-0049", False, "A recruiter template asking to schedule a quick call about an exciting opportunity.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Chad Whitmore")},
  [dm(L, "a", [
      ("a", "-1d 10:02", "Hi Sam, I came across your profile and would love to schedule a quick call about an exciting opportunity with one of our clients, a market leader in their space. When would be a good time?"),
  ], focus=True)]),

S("li-0050", False, "A long recruiter InMail template asking for a 'confidential conversation'.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Samantha Reeves")},
  [dm(L, "a", [
      ("a", "-2d 08:00", "Hi Sam, I hope this message finds you well. I'm reaching out because your background in pricing strategy caught my eye. We're partnered with a leading global organisation looking for a Director of Monetisation. The package is highly competitive. Are you open to a confidential conversation this week?"),
  ], focus=True)]),

S("li-0051", False, "A recruiter bumps an unanswered template a week later with 'just circling back'.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Kyle Brennan")},
  [dm(L, "a", [
      ("a", "-9d 09:00", "Hi Sam, hope you're well! I'm working on a Head of Pricing search for a Series C scale-up. Would you be open to a quick chat?"),
      ("a", "-2d 09:00", "Hi Sam, just circling back on my previous note. Would love to find 15 minutes for a call if you're open to hearing more!"),
  ], focus=True)]),

S("li-0052", False, "A recruiter message with unfilled template placeholders.",
  "recruiter_template automated first_contact",
  {"a": li("Talent Partners Group")},
  [dm(L, "a", [
      ("a", "-1d 07:00", "Hi {{first_name}}, your experience at {{current_company}} really stood out! We have an exciting opportunity that matches your skills. Can we schedule a call?"),
  ], focus=True)]),

S("li-0053", False, "A recruiter's invitation note promising several exciting roles and a call.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Jenna Holloway")},
  [net("a", [
      ("a", "-2d 12:00", "Hi Sam, I'm a recruiter at Talentbridge. I have several exciting roles that match your profile. Let's connect and set up a call!"),
  ], focus=True)]),

S("li-0054", False, "A Spanish recruiter template about an exciting opportunity with a call request.",
  "recruiter_template first_contact keyword_trap non_english lang_es",
  {"a": li("Natalia Ortega")},
  [dm(L, "a", [
      ("a", "-1d 09:30", "Hola Sam, he visto tu perfil y creo que encajarías perfectamente en una oportunidad muy interesante que estamos gestionando para una empresa líder del sector. ¿Tendrías disponibilidad para una breve llamada esta semana?"),
  ], focus=True)]),

S("li-0055", False, "A French recruiter template asking for a quick phone exchange.",
  "recruiter_template first_contact keyword_trap non_english lang_fr",
  {"a": li("Céline Marchal")},
  [dm(L, "a", [
      ("a", "-3d 10:00", "Bonjour Sam, votre profil a retenu toute mon attention ! Je recrute actuellement pour un poste de Responsable Pricing au sein d'un groupe international. Seriez-vous disponible pour un rapide échange téléphonique ?"),
  ], focus=True)]),

S("li-0056", False, "A German recruiter template about an 'exciting challenge' asking for a short phone call.",
  "recruiter_template first_contact keyword_trap non_english lang_de",
  {"a": li("Markus Engel")},
  [dm(L, "a", [
      ("a", "-2d 08:45", "Guten Tag Sam, Ihr Profil hat mich sehr angesprochen. Für einen namhaften Kunden suche ich aktuell eine:n Head of Pricing (m/w/d). Hätten Sie Interesse an einer neuen Herausforderung? Gern stelle ich Ihnen die Position in einem kurzen Telefonat vor."),
  ], focus=True)]),

S("li-0057", False, "A recruiter pushes a tax-free role abroad with a generic call request.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Imran Qureshi")},
  [dm(L, "a", [
      ("a", "-1d 06:30", "Dear Sam, we are hiring a Senior Pricing Manager in Dubai, tax-free package, relocation support. Your profile is a great match! Please share your CV and a suitable time for a call."),
  ], focus=True)]),

# ----------------------------------------------------------------- promotional pitches
S("li-0058", False, "A lead-generation pitch promising 20+ leads a month and asking for a 15-minute call.",
  "promotional first_contact keyword_trap typo",
  {"a": li("Brett Donaldson")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Hi Sam, I noticed were both in consulting. We help consultents generate 20+ qualifed leads per month with Linkedin automation. Would you be open to a quick 15-min cal to see if its a fit?"),
  ], focus=True)]),

S("li-0059", False, "An offshore development shop offers developers at an hourly rate and asks to schedule a call.",
  "promotional first_contact keyword_trap",
  {"a": li("Rohit Agarwal")},
  [dm(L, "a", [
      ("a", "-3d 05:15", "Hello Sam, hope you are doing great. We provide dedicated developers (React, Node, Python) at $25/hour with a free 2-week trial. Can we schedule a call to discuss your requirements?"),
  ], focus=True)]),

S("li-0060", False, "Right after Sam accepted an invitation, the new connection sends a sales pitch.",
  "promotional first_contact",
  {"a": li("Trevor Nash")},
  [net("a", [
      ("a", "-2d 09:00", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 12:05", "Thanks for connecting, Sam! I run a CRM consultancy. Most consultants lose 30% of their pipeline to bad follow-up. Want me to send over a quick audit of your process? It's free this month."),
  ], focus=True)]),

S("li-0061", False, "An invitation note offers to share how an agency helps coaches book more calls.",
  "promotional first_contact keyword_trap",
  {"a": li("Alyssa Carmichael")},
  [net("a", [
      ("a", "-1d 16:00", "Hi Sam, I'd love to connect and share how our agency helps coaches and consultants book more discovery calls every week!"),
  ], focus=True)]),

S("li-0062", False, "A sponsored InMail with an unfilled first-name placeholder and no sender profile.",
  "promotional automated",
  {"a": P("Acme Analytics", li="")},
  [dm(L, "a", [
      ("a", "-2d 14:00", "Hi %FIRSTNAME%, join 5,000 leaders at our free virtual summit on data-driven pricing. Reserve your spot today and get our 2025 Pricing Benchmark Report."),
  ], focus=True)],
  as_of="2025-04-15 08:00"),

S("li-0063", False, "A company invites its network to a 'Coffee Chat' webinar series; the chat keyword is a product name.",
  "promotional keyword_trap reengagement",
  {"a": li("Morgan Ellery")},
  [dm(L, "a", [
      ("a", "-230d 10:00", "Thanks for accepting my invitation, Sam!"),
      ("a", "-1d 08:00", "Hi Sam! This Friday we're hosting our monthly Coffee Chat ☕ on revenue operations. 45 minutes, free, 300+ attendees. Register here: revops.example/coffee-chat"),
  ], focus=True)]),

S("li-0064", False, "A congratulations on a work anniversary turns out to be the opener for a sales pitch.",
  "promotional indirect_ask reengagement",
  {"a": li("Harrison Pike")},
  [dm(L, "a", [
      ("a", "-420d 10:00", "Great to meet you at the Porto breakfast, Sam."),
      ("a", "-1d 09:30", "Congrats on your work anniversary, Sam! 🎉 By the way, we help consultancies automate invoicing and save 6 hours a week. Worth a look? invoicely.example/demo"),
  ], focus=True)]),

S("li-0065", False, "A Spanish sales pitch for a growth agency asking for a call.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Ignacio Ríos")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Hola Sam, ayudamos a consultores como tú a conseguir 3 clientes nuevos al mes con nuestro sistema de prospección. ¿Te viene bien una llamada de 15 minutos para enseñártelo?"),
  ], focus=True)]),

S("li-0066", False, "A French pitch for a prospecting tool proposing a short call.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Quentin Ravel")},
  [dm(L, "a", [
      ("a", "-1d 14:30", "Bonjour Sam, notre outil permet aux consultants indépendants de doubler leur prospection sans effort. Je vous propose un appel de 15 minutes pour une démo personnalisée. Quand êtes-vous disponible ?"),
  ], focus=True)]),

S("li-0067", False, "A German pitch for a sales-automation service proposing a non-binding call.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": li("Philipp Wolter")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Hallo Sam, wir unterstützen Beraterinnen und Berater dabei, planbar neue Kunden über LinkedIn zu gewinnen. Hätten Sie Lust auf ein unverbindliches 15-minütiges Gespräch?"),
  ], focus=True)]),

# ----------------------------------------------------------------- automated
S("li-0068", False, "An automatic 'thanks for connecting' DM sent seconds after the connection.",
  "automated first_contact",
  {"a": li("Courtney Blake")},
  [net("a", [
      ("a", "-2d 09:00", ""),
      (ME, "+1h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 10:00", "Thanks for connecting, Sam! Looking forward to seeing your content in my feed. 🚀"),
  ], focus=True)]),

S("li-0069", False, "An automatic DM after Sam accepted an invitation pushing a free guide.",
  "automated promotional first_contact",
  {"a": li("Logan Pierce")},
  [net("a", [
      ("a", "-3d 08:00", ""),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 10:00", "Hi Sam, thanks for accepting my invitation! As a thank-you, here's my free guide '50 LinkedIn hooks that convert': hooks.example/free. Enjoy!"),
  ], focus=True)]),

S("li-0070", False, "A prefilled 'congrats on the work anniversary' message from a loose connection.",
  "automated small_talk",
  {"a": li("Derek Fairweather")},
  [dm(L, "a", [
      ("a", "-1d 11:00", "Congrats on 5 years at Rivera Consulting!"),
  ], focus=True)]),

S("li-0071", False, "A prefilled birthday message from a connection Sam has never talked to.",
  "automated small_talk",
  {"a": li("Priti Desai")},
  [dm(L, "a", [
      ("a", "-0d 04:00", "Happy birthday, Sam! Wishing you a great year ahead."),
  ], focus=True)],
  as_of="2026-03-14 08:30"),

S("li-0072", False, "A newsletter sender DMs each new issue to its subscribers.",
  "automated promotional",
  {"a": li("The Pricing Brief")},
  [dm(L, "a", [
      ("a", "-8d 07:00", "📬 Issue 41 of The Pricing Brief is out: why value metrics fail. Read it here: pricingbrief.example/41"),
      ("a", "-1d 07:00", "📬 Issue 42 of The Pricing Brief is out: the case against 'Contact us' pricing. Read it here: pricingbrief.example/42"),
  ], focus=True)]),

S("li-0073", False, "An automated LinkedIn Live invitation.",
  "automated promotional",
  {"a": li("Quentin Harlow")},
  [dm(L, "a", [
      ("a", "-2d 16:00", "You're invited! Join our LinkedIn Live 'Scaling Services Businesses' this Thursday at 5pm CET. Click 'Attend' to get a reminder."),
  ], focus=True)]),

S("li-0074", False, "A Spanish automatic 'thanks for connecting' message.",
  "automated first_contact non_english lang_es",
  {"a": li("Alberto Cuesta")},
  [net("a", [
      ("a", "-3d 10:00", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 14:05", "¡Gracias por conectar, Sam! Encantado de formar parte de tu red. ¡Un saludo!"),
  ], focus=True)]),

S("li-0075", False, "A German automatic thank-you for connecting that pushes a white paper.",
  "automated promotional first_contact non_english lang_de",
  {"a": li("Sven Albrecht")},
  [net("a", [
      ("a", "-2d 08:00", ""),
      (ME, "+1h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 09:01", "Danke für die Vernetzung, Sam! Schauen Sie sich gern unser neues Whitepaper zur Digitalisierung im Mittelstand an: whitepaper.example/mittelstand"),
  ], focus=True)]),

# ----------------------------------------------------------------- invitations and connections without a message
S("li-0076", False, "A stranger's invitation without a note; nothing else.",
  "no_message first_contact",
  {"a": li("Miguel Batista")},
  [net("a", [
      ("a", "-1d 13:00", ""),
  ], focus=True)]),

S("li-0077", False, "Someone accepted Sam's bare invitation; no messages were exchanged.",
  "no_message",
  {"a": li("Annika Forsberg")},
  [net("a", [
      (ME, "-65d 10:00", ""),
      ("a", "+2d", "", "connection"),
  ], focus=True)]),

S("li-0078", False, "An invitation without a note from a talent-acquisition profile; no message.",
  "no_message first_contact",
  {"a": li("Ryan McCall")},
  [net("a", [
      ("a", "-2d 07:30", ""),
  ], focus=True)]),

S("li-0079", False, "Sam accepted a stranger's invitation that had no note; neither side wrote afterwards.",
  "no_message first_contact",
  {"a": li("Oluwaseun Adebayo")},
  [net("a", [
      ("a", "-4d 18:00", ""),
      (ME, "+1d 08:00", "", "connection"),
  ], focus=True)]),

S("li-0080", False, "A mutual-connection invitation arrives without a note days after Sam's post went viral; volume, not a conversation.",
  "no_message first_contact",
  {"a": li("Tatiana Volkova")},
  [th(L, [
      (ME, "-5d 09:00", "I raised my prices by 40% and lost exactly one client. Here's what I told the other eleven."),
  ]),
   net("a", [
      ("a", "-3d 21:00", ""),
  ], focus=True)]),

# ----------------------------------------------------------------- mass mentions
S("li-0081", False, "A year-in-review post thanks fourteen people by tag, Sam among them.",
  "mass_mention small_talk",
  dict(crowd(14, 10), a=li("Lauren Whitfield")),
  [th(L, [
      ("a", "-2d 17:00", "2025 wrapped 🎁 Grateful for these amazing people who shaped my year. Thank you for the advice, the laughs and the late-night voice notes.", {"at": ats(14)}),
  ], focus=True)],
  as_of="2025-12-29 08:00"),

S("li-0082", False, "An engagement-bait post asks people to comment for a guide and tags a dozen 'friends who'll love this'.",
  "mass_mention promotional",
  dict(crowd(12, 11), a=li("Chase Emerson")),
  [th(L, [
      ("a", "-1d 08:00", "Comment 'PRICING' and I'll send you my 40-page guide 👇 Tagging some friends who'll love this:", {"at": ats(12)}),
  ], focus=True)]),

S("li-0083", False, "A conference post says 'meet our speakers' and tags twelve people including Sam; an announcement, not an introduction.",
  "mass_mention promotional keyword_trap",
  dict(crowd(12, 12), a=li("Revenue Summit Europe")),
  [th(L, [
      ("a", "-3d 12:00", "Meet our speakers! 🎤 Revenue Summit Europe, 14 October, Amsterdam. Early-bird tickets end Friday.", {"at": ats(12)}),
  ], focus=True)],
  as_of="2025-05-20 08:00"),

S("li-0084", False, "A Spanish post thanking a long list of tagged mentors.",
  "mass_mention small_talk non_english lang_es",
  dict(crowd(13, 13), a=li("Verónica Llorente")),
  [th(L, [
      ("a", "-2d 09:00", "Hoy cumplo 10 años como autónoma y no habría llegado aquí sin estas personas. ¡Gracias de corazón!", {"at": ats(13)}),
  ], focus=True)]),

S("li-0085", False, "A German post tags eleven 'inspiring voices' including Sam.",
  "mass_mention non_english lang_de",
  dict(crowd(11, 14), a=li("Kerstin Lang")),
  [th(L, [
      ("a", "-1d 10:00", "Diese Stimmen haben meinen Blick auf Preisgestaltung verändert. Folgt ihnen! 👇", {"at": ats(11)}),
  ], focus=True)]),

# ----------------------------------------------------------------- hostile
S("li-0086", False, "A comment calling Sam's post generic advice and announcing an unfollow.",
  "hostile",
  {"a": li("Graham Bexley")},
  [th(L, [
      (ME, "-1d 09:00", "Your price is a story about your value. Tell it on purpose."),
      ("a", "+1h", "This is generic advice dressed up as insight. Unfollow."),
  ], focus=True)]),

S("li-0087", False, "A commenter sneers 'call yourself a pricing expert?'; the keyword is an insult.",
  "hostile keyword_trap",
  {"a": li("Neil Abernathy")},
  [th(L, [
      (ME, "-2d 08:30", "Publish your prices. Yes, even for consulting."),
      ("a", "+3h", "Call yourself a pricing expert? Your own rates are a joke, I checked."),
  ], focus=True)]),

S("li-0088", False, "A French comment dismisses Sam's post as self-promotion.",
  "hostile non_english lang_fr",
  {"a": li("Hervé Dumas")},
  [th(L, [
      (ME, "-1d 10:00", "Un prix bas n'est pas un avantage concurrentiel. C'est une excuse."),
      ("a", "+2h", "Encore un post creux pour faire sa pub. Affligeant."),
  ], focus=True)]),

S("li-0089", False, "A Spanish comment mocks Sam's advice as obvious and useless.",
  "hostile non_english lang_es",
  {"a": li("Fermín Olivares")},
  [th(L, [
      (ME, "-2d 09:30", "Si tu cliente no entiende tu precio, el problema es tu propuesta, no tu cliente."),
      ("a", "+40m", "Menuda obviedad. Esto lo sabe cualquiera que haya vendido algo en su vida. Deja de vender humo."),
  ], focus=True)]),

# ----------------------------------------------------------------- keyword traps
S("li-0090", False, "A comment praising Sam's 'call-out' on scope creep; praise with a keyword, no ask.",
  "keyword_trap small_talk",
  {"a": li("Priscilla Yates")},
  [th(L, [
      (ME, "-1d 08:00", "Scope creep isn't the client's fault. It's the statement of work's."),
      ("a", "+2h", "Great call-out! Sharing this with my team."),
  ], focus=True)]),

S("li-0091", False, "A comment joking that a post about meetings could have been an email.",
  "keyword_trap",
  {"a": li("Stuart Kellerman")},
  [th(L, [
      (ME, "-2d 11:00", "I now send every client a one-page agenda 24 hours before any meeting. Meetings got 30% shorter."),
      ("a", "+1h", "Plot twist: half of those meetings could have been an email 😄"),
  ], focus=True)]),

S("li-0092", False, "A snarky comment asking if ChatGPT wrote Sam's post.",
  "keyword_trap hostile",
  {"a": li("Warren Tillman")},
  [th(L, [
      (ME, "-1d 07:30", "Five questions to ask before you quote anything."),
      ("a", "+50m", "Did ChatGPT write this? Every post on here sounds the same now."),
  ], focus=True)]),

S("li-0093", False, "A post 'calling all pricing nerds' tags Sam asking for a quick public opinion; a comment answers it, not a call.",
  "keyword_trap trivial_question",
  {"a": li("Leonard Baptiste")},
  [th(L, [
      ("a", "-1d 15:00", "Calling all pricing nerds: Sam Rivera, what do you think of the new per-agent pricing everyone is copying?"),
      (ME, "+2h", "Works when agents are the value. Fails when one agent does everything. Count the outliers before you copy it."),
      ("a", "+30m", "Ha, that's a tidy answer. Thanks!"),
  ], focus=True)]),

S("li-0094", False, "A German comment agrees that a phone call beats ten emails; the keyword is the topic, not an ask.",
  "keyword_trap small_talk non_english lang_de",
  {"a": li("Dirk Baumann")},
  [th(L, [
      (ME, "-2d 09:00", "Mein Vorsatz für dieses Quartal: öfter zum Hörer greifen, weniger E-Mails schreiben."),
      ("a", "+1h", "Absolut! Ein Anruf ersetzt zehn E-Mails. 📞"),
  ], focus=True)]),

S("li-0095", False, "A French comment says the post came at the right time because the team discussed it in a meeting; reunion means meeting, no ask.",
  "keyword_trap small_talk non_english lang_fr",
  {"a": li("Laetitia Renaud")},
  [th(L, [
      (ME, "-1d 08:45", "Un devis sans options, c'est un oui ou un non. Un devis avec trois options, c'est une conversation."),
      ("a", "+3h", "Ce post tombe à pic, on en parlait justement en réunion ce matin !"),
  ], focus=True)]),

# ----------------------------------------------------------------- closed
S("li-0096", False, "The call already happened and the prospect says they'll send the signed contract; the next step is paperwork, not a call.",
  "closed",
  {"a": li("Eleanor Whitby")},
  [dm(L, "a", [
      ("a", "-8d 10:00", "Hi Sam, could we have a call about the proposal this week?"),
      (ME, "+2h", "Sure, Thursday at 10?"),
      ("a", "+20m", "Great."),
      ("a", "-1d 15:00", "Thanks for the call earlier, all clear. I'll send over the signed contract tomorrow."),
      (ME, "+1h", "Wonderful, thanks Eleanor!"),
  ], focus=True)]),

S("li-0097", False, "Sam answered a question in writing and the person says that's all they needed.",
  "closed",
  {"a": li("Curtis Langley")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Hi Sam, do you know a good book on B2B pricing for beginners?"),
      (ME, "+3h", "Start with 'The Strategy and Tactics of Pricing' and skip to chapter 3."),
      ("a", "+10m", "Perfect, that's all I needed. Thank you!"),
  ], focus=True)]),

S("li-0098", False, "A prospect writes that they've decided to pause the project.",
  "closed declined",
  {"a": li("Naomi Goldberg")},
  [dm(L, "a", [
      ("a", "-30d 10:00", "Hi Sam, could you send a quote for a pricing review?"),
      (ME, "+1d 09:00", "Here you go, Naomi. Let me know if you have questions."),
      ("a", "-2d 11:00", "Thanks Sam. We've decided to pause the project until next year because of budget. I'll reach out when things change."),
  ], focus=True)]),

S("li-0099", False, "In Spanish, someone thanks Sam for yesterday's meeting; it is done.",
  "closed thanks_only keyword_trap non_english lang_es",
  {"a": li("Lourdes Aranda")},
  [dm(L, "a", [
      ("a", "-7d 10:00", "Hola Sam, ¿podemos tener una reunión el martes para revisar la propuesta?"),
      (ME, "+2h", "¡Claro! A las 11h."),
      ("a", "-1d 18:00", "Gracias por la reunión de ayer, nos quedó todo clarísimo. ¡Seguimos en contacto!"),
  ], focus=True)]),

S("li-0100", False, "A German client thanks Sam for the finished workshop.",
  "closed thanks_only non_english lang_de",
  {"a": li("Ulrike Sommer")},
  [dm(L, "a", [
      ("a", "-40d 10:00", "Hallo Sam, wir freuen uns auf den Workshop am 12.!"),
      ("a", "-2d 17:00", "Vielen Dank für den großartigen Workshop! Das Team ist begeistert. Wir setzen die Ergebnisse jetzt um."),
  ], focus=True)]),

# ----------------------------------------------------------------- stale
S("li-0101", False, "An invitation note eight months ago asked for a call; Sam accepted and nothing happened since.",
  "stale ask_call",
  {"a": li("Grant Sutherland")},
  [net("a", [
      ("a", "-245d 10:00", "Hi Sam, would love to connect and have a call about pricing for our agency at some point."),
      (ME, "+1d 09:00", "", "connection"),
  ], focus=True)]),

S("li-0102", False, "A request for a call seven weeks ago that Sam never answered and that was never repeated; too old to count as new.",
  "stale ask_call first_contact typo",
  {"a": li("Isaac Morrow")},
  [dm(L, "a", [
      ("a", "-50d 15:00", "Hi Sam, coudl we set up a cal to discus a pricing project for Q3?"),
  ], focus=True)]),

S("li-0103", False, "A French question about rates from nine months ago, answered by Sam, no reply since.",
  "stale ask_rates non_english lang_fr",
  {"a": li("Régis Poulain")},
  [dm(L, "a", [
      ("a", "-280d 10:00", "Bonjour Sam, pourriez-vous me communiquer vos tarifs pour un audit de prix ?"),
      (ME, "+5h", "Bonjour Régis, un audit complet est à 6 500 €. Je reste disponible pour en discuter."),
  ], focus=True)]),

S("li-0104", False, "A Spanish request for a video call from seven months ago; nothing since.",
  "stale ask_call non_english lang_es",
  {"a": li("Ramiro Acosta")},
  [dm(L, "a", [
      ("a", "-210d 12:00", "Hola Sam, ¿te parece si hacemos una videollamada para hablar de nuestros precios?"),
      (ME, "+1d 09:00", "¡Hola Ramiro! Claro, ¿qué día te viene bien?"),
  ], focus=True)]),

# ----------------------------------------------------------------- owner only
S("li-0105", False, "Sam's post got no comments.",
  "owner_only",
  {},
  [th(L, [
      (ME, "-1d 08:00", "I'm hiring a part-time research assistant for pricing interviews. Details in the link: samrivera.example/ra"),
  ], focus=True)]),

S("li-0106", False, "Sam sent an invitation with a note that is still pending.",
  "owner_only",
  {"a": li("Adrienne Castellanos")},
  [net("a", [
      (ME, "-3d 10:00", "Hi Adrienne, loved your talk on churn at ProductCon. Would be great to connect."),
  ], focus=True)]),

S("li-0107", False, "Sam followed up twice with a prospect who never replied; Sam's own call offer is not their ask.",
  "owner_only keyword_trap",
  {"a": li("Howard Kingsley")},
  [dm(L, "a", [
      ("a", "-160d 10:00", "Nice meeting you at the breakfast, Sam."),
      (ME, "-12d 10:00", "Hi Howard, following up on our breakfast chat about your pricing. Happy to do a call if useful."),
      (ME, "-3d 10:00", "Hi Howard, just checking in, would a 20-minute call next week help?"),
  ], focus=True)]),

S("li-0108", False, "Sam's German post got no reactions in comments.",
  "owner_only non_english lang_de",
  {},
  [th(L, [
      (ME, "-2d 09:00", "Neuer Artikel: Warum Rabatte im B2B fast immer zu früh kommen. Link im ersten Kommentar."),
      (ME, "+1m", "samrivera.example/rabatte"),
  ], focus=True)]),

# ----------------------------------------------------------------- thanks, emoji, small talk
S("li-0109", False, "A 'thanks for sharing' comment on Sam's post.",
  "thanks_only",
  {"a": li("Melissa Hargreaves")},
  [th(L, [
      (ME, "-1d 10:00", "My pricing interview script, free to copy: samrivera.example/script"),
      ("a", "+2h", "Thanks for sharing!"),
  ], focus=True)]),

S("li-0110", False, "A clapping-emoji comment on Sam's post.",
  "emoji_only",
  {"a": li("Anthony Ricci")},
  [th(L, [
      (ME, "-2d 09:00", "Milestone: 100 pricing projects since going independent."),
      ("a", "+30m", "👏👏👏"),
  ], focus=True)]),

S("li-0111", False, "A 'great post!' comment.",
  "small_talk",
  {"a": li("Jessica Thornton")},
  [th(L, [
      (ME, "-1d 08:30", "If you can't explain your pricing in one sentence, your customers can't either."),
      ("a", "+1h", "Great post!"),
  ], focus=True)]),

S("li-0112", False, "A French 'thanks for sharing' comment.",
  "thanks_only non_english lang_fr",
  {"a": li("Mathieu Charpentier")},
  [th(L, [
      (ME, "-2d 10:00", "Ma trame d'entretien client pour les projets de pricing, en libre accès : samrivera.example/trame"),
      ("a", "+4h", "Merci pour le partage !"),
  ], focus=True)]),

# ----------------------------------------------------------------- spam
S("li-0113", False, "A 'LinkedIn Member' without a profile sends an investment scam.",
  "spam first_contact",
  {"a": P("LinkedIn Member", li="")},
  [dm(L, "a", [
      ("a", "-1d 03:00", "Hello Sam, I am a portfolio manager with a private fund offering guaranteed 12% monthly returns. Kindly reply for the investment details."),
  ], focus=True)]),

S("li-0114", False, "A fake 'LinkedIn Security' message asks Sam to verify the account through a link.",
  "spam automated first_contact",
  {"a": li("Linkedln Security Team")},
  [dm(L, "a", [
      ("a", "-0d 02:30", "Unusual sign-in activity was detected on your account. Verify your identity within 12 hours to avoid restriction: linkedin-verify-secure.example"),
  ], focus=True)]),

# ----------------------------------------------------------------- cross-platform negatives
S("li-0115", False, "A recruiter sends the same call-request template on LinkedIn and Twitter.",
  "recruiter_template cross_platform first_contact keyword_trap",
  {"a": P("Bianca Forsythe", tw="biancaf_talent", li=True)},
  [dm(L, "a", [
      ("a", "-4d 09:00", "Hi Sam, I came across your profile and would love to schedule a quick call about an exciting Head of Revenue role with a fast-growing client. Are you open to it?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-3d 09:00", "Hi Sam, I also messaged you on LinkedIn about an exciting Head of Revenue role. Would you be open to a quick call?"),
  ], focus=True)]),

S("li-0116", False, "A lead-generation seller pitches Sam on LinkedIn and again on Facebook.",
  "promotional cross_platform first_contact keyword_trap",
  {"a": P("Cody Rasmussen", li=True)},
  [dm(L, "a", [
      ("a", "-5d 10:00", "Hey Sam, we book 15+ sales calls a month for consultants like you, guaranteed. Worth a 10-min chat?"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 10:00", "Hey Sam, saw you on LinkedIn! Did you see my message? We book 15+ sales calls a month for consultants. Quick chat?"),
  ], focus=True)]),

S("li-0117", False, "Someone wrote to Sam on LinkedIn and Twitter nine months ago about a possible project and never followed up.",
  "stale cross_platform ask_chat",
  {"a": P("Harvey Lindgren", tw="harveylindgren", li=True)},
  [dm(L, "a", [
      ("a", "-275d 10:00", "Hi Sam, we might need help with our pricing later this year. Could we chat sometime?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-273d 11:00", "Hi Sam, sent you a LinkedIn message, no rush at all!"),
  ], focus=True)]),

S("li-0118", False, "A loose contact congratulates Sam on the book on LinkedIn and on Twitter; friendly, nothing to act on.",
  "small_talk cross_platform",
  {"a": P("Noelle Brandt", tw="noellebrandt", li=True)},
  [th(L, [
      (ME, "-3d 09:00", "The book is out! 'Priced Right' is now available everywhere."),
      ("a", "+2h", "Congrats Sam! Ordered my copy 📚"),
  ], focus=True),
   th(T, [
      (ME, "-3d 09:05", "It's out. 'Priced Right', the book. Thank you all for the years of questions that became chapters."),
      ("a", "+3h", "congrats!! 🎉"),
  ], focus=True)]),

S("li-0119", False, "In Spanish, a client thanks Sam for the completed call on LinkedIn and Twitter; the conversation is closed.",
  "closed thanks_only cross_platform non_english lang_es",
  {"a": P("Consuelo Varela", tw="consuvarela", li=True)},
  [dm(L, "a", [
      ("a", "-9d 10:00", "Hola Sam, ¿hablamos el jueves sobre la propuesta?"),
      (ME, "+1h", "¡Perfecto! A las 10h."),
      ("a", "-2d 12:00", "¡Gracias por la llamada del jueves! Ya tenemos todo lo que necesitábamos."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 12:10", "¡Gracias de nuevo por la llamada, Sam! 🙌"),
  ], focus=True)]),

S("li-0120", False, "The same newsletter bot sends its new-issue announcement on LinkedIn and Twitter.",
  "automated promotional cross_platform",
  {"a": P("Growth Digest Weekly", tw="growthdigestwk", li=True)},
  [dm(L, "a", [
      ("a", "-1d 07:00", "📬 This week's Growth Digest: 9 pricing page teardowns. Read now: growthdigest.example/118"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 07:01", "📬 This week's Growth Digest: 9 pricing page teardowns. Read now: growthdigest.example/118"),
  ], focus=True)]),

# ----------------------------------------------------------------- added: hard negatives on positive-looking signals
S("li-0121", False, "A connection 'introduces' a colleague from their own outbound sales team, who pitches a demo call; an introduction used as a sales channel.",
  "introduction promotional keyword_trap",
  {"k": li("Jared Coleman"), "n": li("Brad Huxley")},
  [dm(L, "k", [
      ("k", "-200d 10:00", "Thanks for the insightful comment on my post, Sam!"),
  ]),
   dm(L, "k n", [
      ("k", "-3d 09:00", "Sam, meet Brad! Brad leads our outbound team at PipeRocket. Thought you two should connect."),
      ("n", "+5m", "Thanks Jared! Hi Sam, great to meet you. PipeRocket helps consultants fill their calendar with qualified calls. Could I show you a 15-minute demo this week?"),
  ], focus=True)]),

S("li-0122", False, "A former colleague silent for two years comes back as a financial adviser wanting to 'hop on a call' to review Sam's pension.",
  "reengagement promotional keyword_trap",
  {"a": li("Graham Pettigrew")},
  [dm(L, "a", [
      ("a", "-700d 10:00", "All the best for the new adventure, Sam!"),
      (ME, "+2h", "Thanks Graham!"),
      ("a", "-2d 12:00", "Hi Sam, long time! I've moved into financial planning and I'm helping self-employed professionals get their pensions in order. Would love to hop on a call and do a free review for you!"),
  ], focus=True)]),

S("li-0123", False, "A recruiter asks indirectly whether Sam would ever consider going back in-house; a template with a soft call-to-chat.",
  "recruiter_template indirect_ask first_contact",
  {"a": li("Tanya Whitmore")},
  [dm(L, "a", [
      ("a", "-2d 10:30", "Hi Sam, I know you're happily independent, but if you'd ever consider going back in-house, I'd love to have a chat about a few leadership roles I'm working on. No pressure at all!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2: asks that look like pitches, pitches that look like asks
S("li-0124", True, "An invitation note from a SaaS founder gives real churn figures and asks for a short chat about the pricing change behind them.",
  "ask_chat first_contact",
  {"a": li("Cormac Devlin")},
  [net("a", [
      ("a", "-1d 18:20", "Hi Sam, founder of a field-service SaaS (1,100 customers). We moved to per-technician pricing in January and lost 9% of small accounts in 8 weeks. Could we have a short chat? Not selling anything."),
  ], focus=True)]),

S("li-0125", True, "After connecting, an L&D manager asks what Sam charges for a two-day pricing course for her sales team.",
  "ask_rates first_contact",
  {"a": li("Priscilla Oduya")},
  [net("a", [
      (ME, "-4d 09:00", "", "invitation"),
      ("a", "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 11:30", "Hi Sam, thanks for connecting. I lead L&D at a medical devices distributor. We'd like a 2-day pricing and negotiation course for 14 account managers in September, in person in Porto. Could you share your rates and availability?"),
  ], focus=True)]),

S("li-0126", True, "A former manager silent for nearly three years returns with a concrete advisory role and asks for a call.",
  "reengagement ask_call",
  {"a": li("Evelyn Strachan")},
  [dm(L, "a", [
      ("a", "-1020d 16:00", "Sam, congrats on going independent. You'll do great."),
      (ME, "+1d 08:00", "Thank you Evelyn, that means a lot."),
      ("a", "-1d 08:15", "Hi Sam, it's been far too long. I've just become CEO of a mid-sized logistics software company and our pricing hasn't been touched in six years. I'd like you as an advisor for Q3, 2 days a month. Can we get on a call this week or next?"),
  ], focus=True)]),

S("li-0127", True, "A long-time contact introduces a founder in a group message and the founder asks Sam for a call about their pricing.",
  "introduction first_contact ask_call",
  {"k": li("Ivor Petrakis"), "n": li("Salomé Aydin")},
  [dm(L, "k", [
      ("k", "-380d 10:00", "Thanks for the workshop, the team still quotes you."),
      (ME, "+2h", "Ha, glad it stuck!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 09:00", "Sam, Salomé; Salomé, Sam. Salomé runs a B2B data startup and is about to price their first enterprise deal. Sam is the person I trust on this."),
      ("n", "+45m", "Thanks Ivor! Sam, lovely to meet you. The deal is a 3-year contract with a bank and I'm out of my depth on the structure. Would you have 30 minutes for a call this week?"),
  ], focus=True)]),

S("li-0128", True, "A reporter asks Sam for a short phone interview for an article on how consultancies price AI work.",
  "ask_call first_contact",
  {"a": li("Fergus Abernethy")},
  [dm(L, "a", [
      ("a", "-1d 14:50", "Hello Sam, I'm a reporter covering professional services for a trade publication. I'm writing about how consultancies are pricing AI projects and your post on outcome-based fees came up twice in my research. Could I interview you by phone for 15 minutes, ideally tomorrow or Thursday?"),
  ], focus=True)]),

S("li-0129", True, "A CFO would love to pick Sam's brain on usage pricing, an indirect ask from someone with a real decision to make.",
  "ask_chat indirect_ask first_contact",
  {"a": li("Mathilde Grønvold")},
  [dm(L, "a", [
      ("a", "-3d 07:40", "Hi Sam, I'm CFO at a cloud backup company. The board wants usage-based pricing by next year and I'm the one who has to forecast it. I'd love to pick your brain at some point, if you're open to that."),
  ], focus=True)]),

S("li-0130", True, "A consultant who moved to Lisbon asks if Sam is around next week, after explaining she wants to partner on a client project.",
  "ask_meeting indirect_ask first_contact reciprocity",
  {"a": li("Zofia Wrzesińska")},
  [dm(L, "a", [
      ("a", "-2d 10:10", "Hi Sam, I moved to Lisbon last month and I run a small CX consultancy. One of my clients needs a pricing piece alongside our work and I'd rather partner than fake it. Are you around next week?"),
      (ME, "+3h", "Hi Zofia, welcome to Lisbon! I am, Tuesday or Wednesday morning work."),
      ("a", "+20m", "Wednesday 10:00 at a café near Cais do Sodré?"),
  ], focus=True)]),

S("li-0131", True, "A product marketing manager asks Sam to review the pricing slides for her board meeting.",
  "ask_feedback first_contact",
  {"a": li("Annika Vesterlund")},
  [dm(L, "a", [
      ("a", "-2d 16:25", "Hi Sam, I follow your posts on packaging. I'm presenting new plans to our board in ten days and I've drafted 12 slides. Would you be willing to review them and tell me what a sceptical board member would poke at? I'd pay for your time, of course."),
  ], focus=True)]),

S("li-0132", True, "A comment under Sam's post asks for a call about a specific pricing problem, and Sam replies to arrange it.",
  "ask_call first_contact reciprocity",
  {"a": li("Desmond Farrell")},
  [th(L, [
      (ME, "-3d 08:00", "Discounts for multi-year contracts should buy you something: cash upfront, a case study, a reference. Not just time."),
      ("a", "+2h", "We give 20% off for 3-year deals and get nothing back. Sam, could we do a call on this? I'd like to fix it before our Q3 renewals."),
      (ME, "+1h", "Sounds like a good one to fix. Send me a message and we'll find a time."),
  ], focus=True)]),

S("li-0133", True, "The same person sends a LinkedIn invitation note and a Facebook message in the same week asking for help with her bakery's wholesale pricing.",
  "cross_platform first_contact ask_help",
  {"a": li("Roisin Gallagher")},
  [net("a", [
      ("a", "-5d 12:00", "Hi Sam, I run a bakery supplying 20 cafés and our wholesale margins have collapsed. Would love some help."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 19:40", "Hi Sam, sorry for messaging here too, I sent a LinkedIn invite but wasn't sure you check it. It's about the wholesale prices for my bakery. Could you help me work out what to charge the cafés? Happy to pay."),
  ], focus=True)]),

S("li-0134", True, "An engineer-turned-freelancer asks with many typos whether Sam could jump on a call about a fixed-price quote.",
  "ask_call first_contact typo",
  {"a": li("Rajiv Sandhu")},
  [dm(L, "a", [
      ("a", "-1d 22:10", "Hi Sam, sory for the cold msg. im a freelance data engineer and a client wants a fixed price for a migration i estimate at 6-10 weeks. i have no idea how to price the risk. could we jump on a quik call this week? ill pay ofc"),
  ], focus=True)]),

S("li-0135", True, "In Spanish, the founder of a coworking space asks Sam for a chat to review its membership prices.",
  "ask_chat first_contact non_english lang_es",
  {"a": li("Macarena Oyarzún")},
  [net("a", [
      ("a", "-2d 13:00", "Hola Sam, dirijo un coworking en Sevilla y queremos rehacer las tarifas de socios. He leído tus publicaciones sobre precios por niveles. ¿Te apetece que charlemos un rato esta semana?"),
  ], focus=True)]),

S("li-0136", True, "In Spanish, a former workshop participant silent for a year and a half proposes meeting in Madrid to talk about a paid project.",
  "reengagement ask_meeting non_english lang_es",
  {"a": li("Álvaro Cienfuegos")},
  [dm(L, "a", [
      ("a", "-540d 17:00", "Gracias por el taller de ayer, Sam. Muy útil."),
      (ME, "+1d 09:00", "¡Gracias a ti por venir, Álvaro!"),
      ("a", "-2d 09:30", "Hola Sam, ¿cómo va todo? Ahora dirijo el área comercial de una distribuidora de vinos y queremos contratarte para revisar la política de precios. Sé que vienes a Madrid en junio, ¿podríamos quedar para un café y lo hablamos?"),
  ], focus=True)]),

S("li-0137", True, "In French, the head of a design studio asks Sam for his daily rate and availability for a pricing mission.",
  "ask_rates first_contact non_english lang_fr",
  {"a": li("Capucine Lefebvre")},
  [dm(L, "a", [
      ("a", "-3d 11:45", "Bonjour Sam, je dirige un studio de design de 15 personnes à Lyon. Nous voulons passer d'un modèle au temps passé à des forfaits. Pourriez-vous m'indiquer votre tarif journalier et vos disponibilités pour une mission de quelques jours en mai ?"),
  ], focus=True)]),

S("li-0138", True, "In German, a managing director asks whether Sam might have half an hour next week, after describing a pricing decision.",
  "ask_call indirect_ask first_contact non_english lang_de",
  {"a": li("Reinhold Baumgartner")},
  [dm(L, "a", [
      ("a", "-1d 10:30", "Guten Tag Sam, ich bin Geschäftsführer eines Maschinenbauers mit 60 Mitarbeitenden. Wir überlegen, Wartungsverträge künftig nach Laufzeit statt nach Einsätzen abzurechnen. Hätten Sie nächste Woche vielleicht eine halbe Stunde Zeit?"),
  ], focus=True)]),

S("li-0139", True, "A founder's message looks like a sales sequence (calendar link, 'quick question') but is a genuine request for paid pricing help.",
  "ask_call ask_help first_contact",
  {"a": li("Gunnar Eklund")},
  [dm(L, "a", [
      ("a", "-2d 08:05", "Quick question, Sam: do you take on short pricing projects for hardware startups? We make soil sensors for vineyards and can't decide between selling the devices or leasing them with a data plan. If it's a fit, my calendar is here to save the back-and-forth: cal.example/gunnar. Happy to pay your day rate."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2 negatives
S("li-0140", False, "A recruiter template made to look personal (it praises one of Sam's posts) about an in-house role, ending in a call request.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Brittany Holloway")},
  [dm(L, "a", [
      ("a", "-1d 09:15", "Hi Sam, I really enjoyed your recent post on value-based pricing! It got me thinking you'd be a fantastic fit for a Director of Pricing role I'm partnering on with a fast-growing fintech (hybrid, competitive package + equity). Would you be open to a quick call to explore?"),
  ], focus=True)]),

S("li-0141", False, "A generic recruiter InMail about 'an exciting leadership opportunity' with a request for a confidential call.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Marcus Thornbury")},
  [dm(L, "a", [
      ("a", "-2d 07:30", "Dear Sam, I hope this message finds you well. I'm reaching out regarding an exciting leadership opportunity with a global client. Your background aligns strongly with what they're looking for. Would you be available for a brief confidential call this week? Kind regards, Marcus"),
  ], focus=True)]),

S("li-0142", False, "A sponsored InMail with a placeholder name invites Sam to a webinar.",
  "promotional automated",
  {"a": P("Pricefx Events", li="")},
  [dm(L, "a", [
      ("a", "-1d 13:00", "Hi %FIRSTNAME%, only 48 hours left to register for our live webinar 'Margin Leakage in 2026'. Save your seat and receive the recording."),
  ], focus=True)]),

S("li-0143", False, "An invitation note from a lead-gen agency promising ten sales calls a week.",
  "promotional first_contact keyword_trap",
  {"a": li("Jordan Pike")},
  [net("a", [
      ("a", "-1d 11:00", "Hey Sam, we help consultants land 10+ qualified sales calls a week on autopilot. Let's connect!"),
  ], focus=True)]),

S("li-0144", False, "A new connection sends a sequence of pitch follow-ups, each one bumping the previous.",
  "promotional first_contact keyword_trap",
  {"a": li("Hailey Brannigan")},
  [net("a", [
      ("a", "-15d 09:00", ""),
      (ME, "+6h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-14d 09:05", "Thanks for connecting, Sam! We build AI sales assistants for consultants. Would a 15-minute demo be worth your time?"),
      ("a", "-8d 09:05", "Hi Sam, just bringing this back to the top of your inbox 🙂"),
      ("a", "-1d 09:05", "Sam, I'll assume the timing isn't right. Feel free to grab a slot here if anything changes: cal.example/hailey"),
  ], focus=True)]),

S("li-0145", False, "An offshore web-design firm offers a free website audit and a call to discuss a redesign.",
  "promotional first_contact keyword_trap",
  {"a": li("Sanjay Mehrotra")},
  [dm(L, "a", [
      ("a", "-3d 04:45", "Hello Sam, I noticed your website could benefit from a modern redesign and better SEO. We are a 50-member team delivering websites from $499. Can I share a free audit and schedule a short call?"),
  ], focus=True)]),

S("li-0146", False, "A 'Web3 advisor' invites Sam to a token presale and a call; spam.",
  "spam first_contact keyword_trap",
  {"a": li("Damon Krell")},
  [dm(L, "a", [
      ("a", "-2d 02:00", "Hi Sam, we're onboarding a select group of thought leaders as early advisors for our token launch. Allocation at presale price + advisor bonus. Let me know when you're free for a call, spots are limited."),
  ], focus=True)]),

S("li-0147", False, "An event organiser sends the same summit invitation to a group message of a dozen people.",
  "mass_mention promotional",
  dict(crowd(12, 35), a=li("Lorenzo Brightwell")),
  [dm(L, "a " + ats(12), [
      ("a", "-2d 10:00", "Hi all, you're invited to the Revenue Leaders Summit on 12 June in Lisbon! As my connections you get 30% off with code CONNECT30. Hope to see you there."),
  ], focus=True)]),

S("li-0148", False, "A post thanking a conference's speakers tags fourteen people, Sam among them.",
  "mass_mention small_talk",
  dict(crowd(14, 36), a=li("Helena Marchetti")),
  [th(L, [
      ("a", "-1d 17:00", "What a day at PriceCon Lisbon! Huge thanks to our wonderful speakers for sharing so generously. Slides coming next week.", {"at": ats(14)}),
  ], focus=True)]),

S("li-0149", False, "A prefilled 'congrats on the work anniversary' from a loose connection.",
  "automated small_talk",
  {"a": li("Trent Oakley")},
  [net("a", [
      ("a", "-600d 10:00", ""),
      (ME, "+1d 09:00", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 12:00", "Congrats on 6 years at Rivera Pricing!"),
  ], focus=True)]),

S("li-0150", False, "Several people congratulate Sam under a post announcing a new book deal; congratulations only.",
  "small_talk first_contact",
  {"a": li("Imogen Castle"), "b": li("Tariq Qureshi"), "c": li("Bettina Roos")},
  [th(L, [
      (ME, "-2d 08:30", "Some news: I've signed with a publisher for a second book, this time on pricing for services firms."),
      ("a", "+30m", "Congratulations Sam! Can't wait to read it."),
      ("b", "+1h", "Fantastic news, well deserved 👏", {"re": 0}),
      ("c", "+3h", "Congrats! The first one changed how we quote.", {"re": 0}),
  ], focus=True)]),

S("li-0151", False, "An invitation without a note from someone Sam does not know.",
  "no_message first_contact",
  {"a": li("Osvaldo Pereira")},
  [net("a", [
      ("a", "-1d 15:00", ""),
  ], focus=True)]),

S("li-0152", False, "In German, an automatic 'thanks for connecting' message pushing a free e-book.",
  "automated promotional first_contact non_english lang_de",
  {"a": li("Sebastian Kuhlmann")},
  [net("a", [
      (ME, "-2d 10:00", "", "invitation"),
      ("a", "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 12:01", "Danke für die Vernetzung, Sam! 🙌 Als kleines Dankeschön hier mein kostenloses E-Book '7 Schritte zu mehr Umsatz': kuhlmann.example/ebook"),
  ], focus=True)]),

S("li-0153", False, "A comment under Sam's post consisting only of a clapping emoji.",
  "emoji_only first_contact",
  {"a": li("Wilhelmina Cho")},
  [th(L, [
      (ME, "-1d 09:00", "After 200 pricing projects, the most common mistake is still the same: one price for two very different customers."),
      ("a", "+2h", "👏"),
  ], focus=True)]),

S("li-0154", False, "In French, a one-line thank-you after Sam sent a resource.",
  "thanks_only reciprocity non_english lang_fr",
  {"a": li("Aurélien Moreau")},
  [dm(L, "a", [
      ("a", "-3d 10:00", "Bonjour Sam, vous auriez une référence de livre sur la tarification à l'usage ?"),
      (ME, "+2h", "Bonjour Aurélien, je recommande celui-ci : samrivera.example/lectures"),
      ("a", "+15m", "Merci beaucoup !"),
  ], focus=True)]),

S("li-0155", False, "A commenter calls Sam's post 'consultant fluff' and says someone should call out these influencers; hostile.",
  "hostile first_contact keyword_trap",
  {"a": li("Garrett Holm")},
  [th(L, [
      (ME, "-1d 08:00", "Your price is a promise. Underpricing is a broken promise you make in advance."),
      ("a", "+40m", "More consultant fluff. Somebody needs to call out these LinkedIn influencers who've never run a P&L."),
  ], focus=True)]),

S("li-0156", False, "Sam already called this person about the matter this morning; her message thanks Sam for the call and closes the loop.",
  "closed thanks_only reciprocity",
  {"a": li("Philippa Rourke")},
  [dm(L, "a", [
      ("a", "-6d 11:00", "Hi Sam, could we have a call about our renewal pricing?"),
      (ME, "+3h", "Sure, how about Monday 9:00?"),
      ("a", "+30m", "Perfect."),
      ("a", "-0d 06:40", "Thanks for the call this morning, Sam. Very clear. I'll take it to the team and let you know if we need more."),
  ], focus=True),],
  as_of="2026-04-20 08:00"),

S("li-0157", False, "In German, a prospect writes that the project is on hold for the year and thanks Sam for the offer.",
  "closed declined reciprocity non_english lang_de",
  {"a": li("Cornelia Wendt")},
  [dm(L, "a", [
      ("a", "-12d 09:00", "Hallo Sam, könnten Sie uns ein Angebot für die Überarbeitung unserer Preisliste schicken?"),
      (ME, "+1d 10:00", "Hallo Cornelia, gern, anbei mein Angebot."),
      ("a", "-2d 15:00", "Vielen Dank, Sam. Leider hat die Geschäftsführung das Projekt für dieses Jahr gestoppt. Ich melde mich, falls es wieder aufkommt."),
  ], focus=True)]),

S("li-0158", False, "Sam sent an invitation note proposing a call three months ago and it is still unanswered; Sam's ask is not theirs.",
  "owner_only ask_call",
  {"a": li("Dominic Achterberg")},
  [net("a", [
      (ME, "-95d 10:00", "Hi Dominic, enjoyed your panel on channel pricing. Would love to connect and maybe have a quick call sometime."),
  ], focus=True)]),

S("li-0159", False, "In Spanish, a recruiter template about an 'oportunidad única' with a request for a quick call.",
  "recruiter_template first_contact keyword_trap non_english lang_es",
  {"a": li("Verónica Albarracín")},
  [dm(L, "a", [
      ("a", "-2d 09:00", "Hola Sam, he revisado tu perfil y creo que encajas perfectamente en una oportunidad única con uno de nuestros clientes, empresa líder en su sector. ¿Tendrías 10 minutos para una llamada rápida esta semana?"),
  ], focus=True)]),

S("li-0160", False, "In Spanish, an invitation to a free webinar sent as a template message.",
  "promotional first_contact non_english lang_es",
  {"a": li("Joaquín Barrera")},
  [dm(L, "a", [
      ("a", "-1d 08:00", "Hola Sam 👋 Te invito a nuestro webinar gratuito 'Cómo subir precios sin perder clientes' el jueves a las 18h. Plazas limitadas, inscríbete aquí: barrera.example/webinar"),
  ], focus=True)]),

S("li-0161", False, "In French, a lead-generation pitch offering a free 'audit' and a discovery call.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Maxime Delorme")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Bonjour Sam, j'ai vu votre dernier post, top ! Nous aidons les consultants à générer 15 rendez-vous qualifiés par mois grâce à LinkedIn. Je vous offre un audit gratuit de votre profil, on se cale un appel découverte de 20 min ?"),
  ], focus=True)]),

S("li-0162", False, "In French, a contact congratulates Sam on a new certification; congratulations only.",
  "small_talk non_english lang_fr",
  {"a": li("Séverine Aubry")},
  [dm(L, "a", [
      ("a", "-400d 10:00", "Merci pour la conférence, Sam !"),
      ("a", "-1d 18:00", "Félicitations pour ta nouvelle certification, bien méritée ! 🎉"),
      (ME, "+2h", "Merci Séverine !"),
  ], focus=True)]),

S("li-0163", False, "In German, a real request to talk about pricing from two months ago that nobody followed up on.",
  "ask_chat stale first_contact non_english lang_de",
  {"a": li("Ulrike Hansen")},
  [dm(L, "a", [
      ("a", "-70d 14:00", "Hallo Sam, ich würde mich gern mal mit Ihnen über die Preisgestaltung unserer Software austauschen. Passt es Ihnen in den nächsten Wochen?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 positives: commercial words, indirect, other languages
S("li-0164", True, "A founder asks Sam's rate for running a pricing workshop at her leadership offsite in June.",
  "ask_rates first_contact",
  {"a": li("Harper Lindqvist-Moe")},
  [dm(L, "a", [
      ("a", "-2d 09:40", "Hi Sam, I'm the founder of a 60-person HR software company. We have a leadership offsite in Cascais on 11-12 June and I'd like one half-day to be a pricing workshop run by you, for 9 people. What's your rate for something like that, and are you free those dates?"),
  ], focus=True)]),

S("li-0165", True, "A private-equity operating partner offers Sam a paid advisory seat with a stated fee and asks for a call to discuss it.",
  "ask_call first_contact",
  {"a": li("Conrad Ashworth")},
  [dm(L, "a", [
      ("a", "-1d 14:05", "Sam, I'm an operating partner at a mid-market PE fund. We have four portfolio companies that all need a pricing reset this year and I'd like to offer you a seat on our advisory bench: €2,500/month for roughly a day a month plus project work at your normal rates. Could we do a call this week to talk it through?"),
  ], focus=True)]),

S("li-0166", True, "A former colleague Sam saw at a meetup two months ago wants to bring Sam in on an eight-week contract and asks for a chat, using hiring language but proposing a concrete project.",
  "ask_chat reciprocity",
  {"a": li("Imran Chaudhry")},
  [dm(L, "a", [
      ("a", "-58d 21:00", "Good to see you at the meetup Sam, been too long!"),
      (ME, "+1d 08:00", "Great catching up, Imran!"),
      ("a", "-2d 11:20", "Sam, I've got an open role for a pricing manager but before I hire I want someone who knows what they're doing to set up the model. 8 weeks, contract, I'd like that to be you. Fancy a chat this week?"),
      (ME, "+4h", "I'd be up for that. Wednesday?"),
  ], focus=True)]),

S("li-0167", True, "A trade-press journalist asks to call Sam for a quote on a story about consultancies cutting day rates.",
  "ask_call first_contact",
  {"a": li("Philippa Northcott")},
  [dm(L, "a", [
      ("a", "-1d 10:25", "Hi Sam, I'm a journalist at a consulting trade title writing about firms cutting day rates to win work this year. I'd love a quote from you on why that backfires. Could I call you for 10 minutes tomorrow morning? Happy to read it back to you before publication."),
  ], focus=True)]),

S("li-0168", True, "An invitation note from someone who asked a question at Sam's talk proposes meeting for coffee when she is in Lisbon.",
  "ask_meeting first_contact",
  {"a": li("Océane Farrugia")},
  [net("a", [
      ("a", "-2d 16:00", "Hi Sam, I asked the question about SMB discounts at your PriceCon talk. I'm in Lisbon on the 12th-14th and would love to grab a coffee and tell you how it went when we tried it."),
  ], focus=True)]),

S("li-0169", True, "A lecturer Sam hasn't heard from in four years proposes co-teaching a paid executive course and asks for a call.",
  "reengagement ask_call",
  {"a": li("Prof. Gideon Amsel")},
  [dm(L, "a", [
      ("a", "-1480d 12:00", "Thank you for the guest lecture, the students loved it."),
      (ME, "+3h", "My pleasure, Gideon!"),
      ("a", "-2d 08:50", "Dear Sam, I hope you're well, it's been a while. We're launching a 3-day executive programme on pricing strategy in the autumn and I'd like you to co-teach it with me, paid at our executive faculty rate. Could we set up a call in the next couple of weeks?"),
  ], focus=True)]),

S("li-0170", True, "A long-time contact introduces a marketplace founder in a group message and the founder proposes a call.",
  "introduction first_contact ask_call",
  {"k": li("Valentina Russo"), "n": li("Kwabena Asante")},
  [dm(L, "k", [
      ("k", "-400d 17:00", "Thanks for the recommendation, we hired her!"),
      (ME, "+1h", "Brilliant!"),
  ]),
   dm(L, "k n", [
      ("k", "-3d 10:10", "Sam, meet Kwabena, founder of a B2B marketplace for construction materials. He's wrestling with take rates and I said you're the one. Kwabena, over to you!"),
      ("n", "+3h", "Thanks Valentina. Hi Sam, we take 6% from suppliers and they're starting to go around us. Would you be open to a 30-minute call next week? Happy to share our numbers beforehand."),
  ], focus=True)]),

S("li-0171", True, "The same person messages on LinkedIn and on Twitter in the same week asking Sam to review a proposal for her first enterprise customer.",
  "cross_platform first_contact ask_feedback",
  {"a": P("Saoirse Kennelly", tw="saoirse_k", li=True)},
  [dm(L, "a", [
      ("a", "-4d 13:30", "Hi Sam, I'm about to send our first enterprise proposal (workflow software, a hospital group). Would you be willing to look at the pricing section before I send it? It's the first deal over 100k we've ever quoted."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 09:15", "hi Sam, sorry to double up, I sent you a LinkedIn msg about reviewing our enterprise proposal. deadline moved up to friday so wanted to make sure it reached you 🙏"),
  ], focus=True)]),

S("li-0172", True, "A stranger asks a series of substantive questions in the comments of Sam's post about pricing implementation fees, and Sam answers quickly each time.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Bartosz Zielinski")},
  [th(L, [
      (ME, "-2d 08:00", "Implementation fees aren't there to make money. They're there to make sure the customer shows up."),
      ("a", "+40m", "We waived ours to close deals faster and our activation rate dropped from 70% to 45%. Coincidence?"),
      (ME, "+8m", "Almost certainly not. Did the customers who paid it activate better?"),
      ("a", "+6m", "Yes, 82% vs 41%. Should we bring it back at the same level (€3k) or lower?"),
      (ME, "+10m", "Same level, but make it creditable against year-one licence if they go live in 60 days."),
      ("a", "+5m", "That's a great way to frame it to sales. How do we handle deals already in the pipeline without a fee?"),
  ], focus=True)]),

S("li-0173", True, "A COO describes a channel pricing conflict and asks whether it's the kind of thing Sam would take on, an indirect ask for paid work.",
  "ask_help indirect_ask first_contact",
  {"a": li("Margarethe Solberg")},
  [dm(L, "a", [
      ("a", "-3d 15:45", "Hello Sam, I'm COO of a company selling lab equipment through distributors and, since last year, directly online. Our distributors are furious that our web prices undercut them. Is this the kind of thing you'd take on? I can share more context whenever suits you."),
  ], focus=True)]),

S("li-0174", True, "A procurement manager asks Sam for a rate card and a scoping call with her CPO; vendor language, but they want to hire Sam.",
  "ask_rates ask_call first_contact",
  {"a": li("Elke van Dijk")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Dear Sam, I manage indirect procurement at a Dutch retail group. We're onboarding an external pricing advisor for a 6-week review of our private-label pricing and your name was recommended by our category director. Could you send your rate card and let me know if a 30-minute scoping call with our CPO is possible next week?"),
  ], focus=True)]),

S("li-0175", True, "In Spanish, a sales director asks whether Sam has a slot this week for a call about restructuring discounts.",
  "ask_call first_contact non_english lang_es",
  {"a": li("Rodrigo Altamirano")},
  [dm(L, "a", [
      ("a", "-1d 12:15", "Hola Sam, soy director comercial en una empresa de material eléctrico en Bilbao. Tenemos más de 40 tipos de descuento distintos y los comerciales hacen lo que quieren. Queremos ordenar esto con ayuda externa. ¿Tendrías un hueco esta semana para una llamada?"),
  ], focus=True)]),

S("li-0176", True, "In Spanish, a Chilean founder says that if Sam ever has half an hour she would love his view on her pricing, an indirect ask.",
  "ask_chat indirect_ask first_contact non_english lang_es",
  {"a": li("Constanza Aravena")},
  [dm(L, "a", [
      ("a", "-2d 23:10", "Hola Sam! Te leo desde Santiago. Tengo una startup de software para viñas y acabamos de entrar en España y Portugal. No sé si mantener los precios de Chile o subirlos para Europa. Si algún día tienes media hora, me encantaría conocer tu opinión, obviamente a tu tarifa."),
  ], focus=True)]),

S("li-0177", True, "In French, a B2B SaaS founder asks whether they could call each other about moving to usage-based pricing.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Baptiste Lemaire")},
  [dm(L, "a", [
      ("a", "-1d 09:05", "Bonjour Sam, je suis fondateur d'un SaaS de gestion de flotte (Nantes, 300 clients). On envisage de passer d'un prix par véhicule à un prix à l'usage et je crains de perdre nos petits clients. On pourrait s'appeler la semaine prochaine ? Bien entendu je vous rémunère pour votre temps."),
  ], focus=True)]),

S("li-0178", True, "In German, an industry association offers Sam a paid keynote slot and asks whether they could talk on the phone.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Dr. Sabine Rautenberg")},
  [dm(L, "a", [
      ("a", "-2d 14:30", "Sehr geehrter Herr Rivera, ich organisiere die Jahrestagung eines Branchenverbands für Verpackungshersteller (ca. 250 Teilnehmende, Oktober, Hamburg). Wir würden Sie gern für einen Vortrag zu Preiserhöhungen im B2B gewinnen, selbstverständlich gegen Honorar. Können wir nächste Woche kurz telefonieren?"),
  ], focus=True)]),

S("li-0179", True, "In Portuguese, a Lisbon scale-up CEO invites Sam to lunch next week to talk about pricing for their expansion.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": li("Gonçalo Serrão")},
  [dm(L, "a", [
      ("a", "-1d 18:30", "Olá Sam, sou CEO de uma scale-up de software para farmácias aqui em Lisboa. Vamos entrar em Espanha e Itália em setembro e os nossos preços foram pensados só para Portugal. Almoçamos na próxima semana? Convido eu, e gostava de perceber se nos podes ajudar neste projeto."),
  ], focus=True)]),

S("li-0180", True, "In Portuguese, a Porto founder's invitation note asks for a 30-minute conversation about pricing her furniture subscriptions.",
  "ask_chat first_contact non_english lang_pt",
  {"a": li("Leonor Cabral")},
  [net("a", [
      ("a", "-3d 11:00", "Olá Sam! Tenho uma startup no Porto de aluguer de mobiliário por subscrição. Gostava muito de marcar uma conversa de 30 min consigo sobre os nossos preços, estamos a perder dinheiro nos contratos de 6 meses."),
  ], focus=True)]),

S("li-0181", True, "A call with a prospect is being arranged but has not happened yet; she confirms Thursday and says she'll send the invite.",
  "ask_call first_contact reciprocity",
  {"a": li("Yasmin Haddad")},
  [dm(L, "a", [
      ("a", "-4d 10:30", "Hi Sam, I lead pricing at a travel-insurance startup. Our CEO wants to test dynamic pricing and I'd like an outside opinion before we commit. Could we schedule a call?"),
      (ME, "+1d 09:00", "Hi Yasmin, happy to. Thursday at 10:00 or 16:00 Lisbon time?"),
      ("a", "-1d 08:45", "Thursday 10:00 is perfect. I'll send the invite with a short brief."),
  ], focus=True)]),

S("li-0182", True, "A known contact casually asks if Sam is around next week because she'd love Sam's eyes on a pricing proposal.",
  "ask_feedback indirect_ask",
  {"a": li("Freya Castellan")},
  [dm(L, "a", [
      ("a", "-50d 16:00", "Loved your post on anchoring, sharing it with the team"),
      (ME, "+2h", "Thanks Freya!"),
      ("a", "-1d 17:40", "hey! you around next week? got a pricing proposal for a new client I'd love your eyes on before it goes out 👀 paid, obviously, not asking for freebies"),
  ], focus=True)]),

S("li-0183", True, "Right after connecting, a nonprofit finance director explains a membership pricing problem and asks to schedule 30 minutes.",
  "ask_call first_contact",
  {"a": li("Abena Mensah-Cole")},
  [net("a", [
      ("a", "-3d 09:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 10:15", "Thanks for accepting, Sam. I'm finance director at a professional membership body (8,000 members). We want to move from one flat fee to tiers and our board is split. Could we schedule 30 minutes to talk about how others have done it? We have budget for advice."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 negatives: disguised selling, traps, closed
S("li-0184", False, "A recruiter template cites Sam's post on decoy pricing to open a pitch for a VP Pricing role and a brief call.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Courtney Vaughan")},
  [dm(L, "a", [
      ("a", "-1d 07:50", "Hi Sam, your post on decoy pricing really resonated with me! 🙌 I'm partnering with an exciting global SaaS leader on a VP Pricing & Packaging search and your background stood out. Are you open to a brief call to learn more? Happy to work around your schedule."),
  ], focus=True)]),

S("li-0185", False, "A lead-gen agency promises booked meetings and asks for a quick 15-minute call.",
  "promotional first_contact keyword_trap",
  {"a": li("Tanner Roswell")},
  [dm(L, "a", [
      ("a", "-2d 10:40", "Hey Sam, we booked 47 meetings last quarter for a pricing consultant just like you, all decision makers. I'd love to show you how on a quick 15-minute call. Does Tuesday or Wednesday work better?"),
  ], focus=True)]),

S("li-0186", False, "A former colleague resurfaces after three years with 'let's catch up over a call' to sell his sales-coaching programme.",
  "reengagement promotional keyword_trap",
  {"a": li("Nigel Fairweather")},
  [dm(L, "a", [
      ("a", "-1150d 15:00", "All the best in the new adventure, Sam!"),
      (ME, "+1d 09:00", "Thanks Nigel!"),
      ("a", "-2d 13:00", "Sam! Ages! Hope you're crushing it. I've launched a sales-coaching programme for independent consultants, 12 weeks, we've had amazing results. Let's catch up over a call, I'd love to show you what we've built and see if it's a fit for you."),
  ], focus=True)]),

S("li-0187", False, "A 'partnership opportunity' from a CPQ software vendor is an affiliate and demo pitch.",
  "promotional first_contact keyword_trap",
  {"a": li("Melissa Grant")},
  [dm(L, "a", [
      ("a", "-3d 11:15", "Hi Sam, I lead partnerships at QuoteStack 🚀 We'd love to explore a partnership with you! Our CPQ platform helps consultants' clients price smarter, and partners earn 25% recurring. Could we set up a 20-min intro call so I can give you a demo?"),
  ], focus=True)]),

S("li-0188", False, "A ghostwriting service offers to write Sam's LinkedIn posts and asks for a discovery call.",
  "promotional first_contact keyword_trap",
  {"a": li("Aisling Mercer")},
  [net("a", [
      ("a", "-2d 08:00", "Hi Sam, I ghostwrite for consultants who'd rather not spend 10h a week on LinkedIn. Your ideas deserve more reach! Open to a 15-min discovery call?"),
  ], focus=True)]),

S("li-0189", False, "A known contact introduces a pricing-software vendor in a group message, and the vendor asks for a demo.",
  "introduction first_contact promotional keyword_trap",
  {"k": li("Henrik Dalgaard"), "n": li("Zachary Monroe")},
  [dm(L, "k", [
      ("k", "-310d 09:00", "Thanks for the book recommendation!"),
      (ME, "+2h", "Enjoy it!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 15:00", "Sam, meet Zach. Zach, Sam. Zach asked me for an intro, I'll let you take it from here."),
      ("n", "+20m", "Thanks Henrik! Sam, great to connect. We've built an AI price optimisation engine that consultants white-label for their clients. I'd love to give you a 25-minute demo, when suits?"),
  ], focus=True)]),

S("li-0190", False, "A link seller offers a guest post or paid backlink on Sam's website.",
  "spam first_contact",
  {"a": li("Harry Wilsonn")},
  [dm(L, "a", [
      ("a", "-1d 04:30", "Hi Sam, hope you are doing well. We are interested in placing a guest post on your website samrivera.example. We can pay $120 per article with do-follow link. Please share your price list. Regards, Harry"),
  ], focus=True)]),

S("li-0191", False, "An invitation to be featured on a 'Top Voices' podcast turns out to require an 'investment' of $995.",
  "promotional first_contact keyword_trap",
  {"a": li("Brooke Sheridan")},
  [dm(L, "a", [
      ("a", "-2d 12:30", "Hi Sam! I'm the producer of Top Voices in Pricing 🎧 We'd love to feature you in an upcoming episode! The feature package (interview call, episode, 5 social clips) is a one-time investment of $995. Shall we book your recording call?"),
  ], focus=True)]),

S("li-0192", False, "A stranger invites Sam into a token presale as an 'investment opportunity' and asks for a call.",
  "spam first_contact keyword_trap",
  {"a": li("Maximilian Voss")},
  [dm(L, "a", [
      ("a", "-2d 01:30", "Hi Sam, exclusive investment opportunity: we're opening our presale to a few respected industry voices before the public round. 5x projected at listing. Can we jump on a call today? Allocation closes Friday."),
  ], focus=True)]),

S("li-0193", False, "A sponsored InMail with a placeholder name asks Sam to book a call.",
  "automated promotional keyword_trap",
  {"a": P("RevenueIQ", li="")},
  [dm(L, "a", [
      ("a", "-1d 13:00", "Hi %FIRSTNAME%, leaders like you are losing 11% of margin to discount leakage. Book a 20-minute call with our team to see your personalised margin report."),
  ], focus=True)]),

S("li-0194", False, "A 'pricing voices to follow' post tags sixteen people including Sam.",
  "mass_mention small_talk",
  dict(crowd(16, 45), a=li("Rowena Blackwood")),
  [th(L, [
      ("a", "-1d 16:00", "16 pricing voices I learn from every week. Follow them, thank me later 👇 #pricing #saas", {"at": ats(16)}),
  ], focus=True)]),

S("li-0195", False, "The call already happened and the person thanks Sam for it and says she'll follow up if needed; closed.",
  "closed thanks_only reciprocity",
  {"a": li("Dorothea Lindemann")},
  [dm(L, "a", [
      ("a", "-9d 09:30", "Hi Sam, could we have a quick call about our partner discount structure?"),
      (ME, "+4h", "Of course, Monday 15:00?"),
      ("a", "+30m", "Works for me."),
      ("a", "-2d 17:00", "Thank you for Monday's call, Sam. Very helpful. We'll work through it internally and I'll come back to you if we need more."),
  ], focus=True)]),

S("li-0196", False, "A genuine request for a call about pricing a training catalogue from three months ago that nobody answered.",
  "ask_call stale first_contact",
  {"a": li("Terrence Oduya")},
  [dm(L, "a", [
      ("a", "-95d 11:00", "Hi Sam, I run a training company and we're rethinking our catalogue prices. Could we have a call sometime in the next few weeks?"),
  ], focus=True)]),

S("li-0197", False, "Someone Sam doesn't know sends an invitation without a note and Sam accepts; nothing else.",
  "no_message first_contact",
  {"a": li("Felipe Ardiles")},
  [net("a", [
      ("a", "-2d 18:00", ""),
      (ME, "+12h", "", "connection"),
  ], focus=True)]),

S("li-0198", False, "In Spanish, a stranger's 'be your own boss' pitch promises financial freedom and asks for a Zoom.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Yesenia Carvajal")},
  [dm(L, "a", [
      ("a", "-1d 21:00", "Hola Sam 🌟 ¿Te imaginas ser tu propio jefe y alcanzar la libertad financiera en 6 meses? Estoy ayudando a profesionales como tú a crear ingresos extra con un sistema probado. ¿Te va un Zoom de 15 minutos mañana?"),
  ], focus=True)]),

S("li-0199", False, "In French, a recruiter's invitation note about an 'opportunité unique' asks for a quick call.",
  "recruiter_template first_contact keyword_trap non_english lang_fr",
  {"a": li("Laetitia Bonnard")},
  [net("a", [
      ("a", "-2d 09:10", "Bonjour Sam, votre parcours est impressionnant ! J'accompagne un grand groupe sur un poste de Directeur Pricing, une opportunité unique. Disponible pour un rapide échange téléphonique ?"),
  ], focus=True)]),

S("li-0200", False, "In German, a hostile comment tells Sam to go call real business owners instead of posting advice.",
  "hostile first_contact keyword_trap non_english lang_de",
  {"a": li("Reinhard Kolbe")},
  [th(L, [
      (ME, "-1d 08:30", "Preiserhöhungen scheitern selten am Preis, sondern an der Kommunikation."),
      ("a", "+50m", "Rufen Sie mal echte Unternehmer an, bevor Sie solche Kalendersprüche posten. Reine Beraterlyrik."),
  ], focus=True)]),

S("li-0201", False, "In Portuguese, a lead-gen agency asks for a quick 15-minute meeting to fill Sam's agenda with clients.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": li("Diogo Carrilho")},
  [dm(L, "a", [
      ("a", "-2d 10:50", "Olá Sam, tudo bem? Ajudamos consultores a encher a agenda com 10 a 15 reuniões qualificadas por mês através do LinkedIn. Tem disponibilidade para uma reunião rápida de 15 minutos esta semana?"),
  ], focus=True)]),

S("li-0202", False, "In Portuguese, a contact congratulates Sam on a new book and they exchange a few warm lines; congratulations only.",
  "small_talk reciprocity non_english lang_pt",
  {"a": li("Mariana Quaresma")},
  [dm(L, "a", [
      ("a", "-500d 10:00", "Obrigada pela palestra, Sam!"),
      ("a", "-1d 19:00", "Parabéns pelo novo livro, Sam! Já encomendei 📚"),
      (ME, "+1h", "Obrigado Mariana! Espero que gostes."),
      ("a", "+15m", "De certeza que sim 😊"),
  ], focus=True)]),

S("li-0203", False, "In German, someone asks which book Sam recommends on usage-based pricing, Sam names it and he says thanks.",
  "trivial_question thanks_only first_contact non_english lang_de",
  {"a": li("Lukas Brenner")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Hallo Sam, welches Buch würden Sie zum Thema nutzungsbasierte Preise empfehlen?"),
      (ME, "+2h", "Hallo Lukas, am besten 'Usage Pricing in Practice', Kapitel 3 bis 5 reichen schon."),
      ("a", "+20m", "Vielen Dank!"),
  ], focus=True)]),
# ----------------------------------------------------------------- batch 4 positives: asks without the textbook words
S("li-0204", True, "An invitation note from someone Sam met at a pricing roundtable says she is back in Lisbon on the 20th and would happily buy lunch to talk partner pricing.",
  "ask_meeting first_contact indirect_ask",
  {"a": li("Henrietta Vale")},
  [net("a", [
      ("a", "-2d 17:00", "We met at the pricing roundtable in Amsterdam, you said to connect. I'm back in Lisbon on the 20th and would happily buy lunch if you can spare an hour on our partner pricing."),
  ], focus=True)]),

S("li-0205", True, "A COO asks, with several typos, to set up a quick call next week because the board wants a price-increase plan.",
  "ask_call first_contact typo",
  {"a": li("Desmond Achterberg")},
  [dm(L, "a", [
      ("a", "-1d 07:35", "Hi Sam, culd we set up a quick cal next wk? our board wants a price increse plan by Q3 (B2B software, ~300 customers) and honestly I'm out of my depth. Apologies for typos, on my phone at the airport."),
  ], focus=True)]),

S("li-0206", True, "Under Sam's post, a stranger comments that she has sent a DM and would really value twenty minutes on her consultancy's retainers.",
  "ask_chat first_contact",
  {"a": li("Ottilie Brandt")},
  [th(L, [
      (ME, "-2d 08:15", "A retainer without a defined response time is a discount you haven't noticed yet."),
      ("a", "+2h", "Painfully accurate. We have 11 retainer clients and not one has a defined response time. Sent you a DM, would really value 20 minutes on this if you're open to it."),
  ], focus=True)]),

S("li-0207", True, "A head of revenue lays out a three-part scope and timeline and asks Sam for a proposal, a quote request without the word rates.",
  "ask_rates first_contact",
  {"a": li("Callum Ferreira-Hughes")},
  [dm(L, "a", [
      ("a", "-3d 13:10", "Hello Sam. Scope we have in mind: (1) segmentation of our ~3,000 accounts, (2) discount guardrails for the sales team, (3) a rollout plan for the renewals in Q1. Timeline 8-10 weeks, starting September. If that's something you'd take on, could you send a proposal?"),
  ], focus=True)]),

S("li-0208", True, "A customer-success director asks whether Sam runs sessions for teams, describing 22 people who give discounts away at renewal; an indirect ask.",
  "indirect_ask first_contact",
  {"a": li("Jasmine Okoro")},
  [dm(L, "a", [
      ("a", "-2d 16:45", "Hi Sam, do you run sessions for teams? My CS org is 22 people, they own renewals, and they give away 15% to anyone who frowns. I'd love something practical rather than another sales training."),
  ], focus=True)]),

S("li-0209", True, "A former client from over a year ago, now at a new company, returns with a new project and asks for a call.",
  "reengagement ask_call",
  {"a": li("Magnus Ellingsen")},
  [dm(L, "a", [
      ("a", "-520d 15:00", "Sam, final invoice paid, and the new packaging is already lifting ARPA. Thanks for the great work."),
      (ME, "+2h", "Thank you Magnus, it was a pleasure."),
      ("a", "-2d 09:30", "Hi Sam, long time. I've joined a logistics software scale-up as CRO and their pricing is where Fleetwise's was two years ago. I'd like to bring you in again. Can we set up a call next week?"),
  ], focus=True)]),

S("li-0210", True, "In a group message with her CFO, a CEO asks for a call with Sam about their price increase, and the CFO adds context.",
  "ask_call first_contact",
  {"a": li("Rosalind Achebe"), "b": li("Piet van der Berg")},
  [dm(L, "a b", [
      ("a", "-2d 11:00", "Hi Sam, I've added Piet, our CFO. We're planning our first price increase in four years (education software, 600 schools) and we'd like an outside view before we commit. Could the three of us have a call next week?"),
      ("b", "+25m", "Hello Sam. For context, the increase we're modelling is 9-14% and our renewal dates cluster in August."),
  ], focus=True)]),

S("li-0211", True, "A very formal long message from a family-business board member buries an ask to discuss the matter at Sam's convenience in the middle.",
  "ask_chat indirect_ask first_contact",
  {"a": li("Dr. Eleonora Castelli")},
  [dm(L, "a", [
      ("a", "-3d 10:00", "Dear Mr Rivera, I write on behalf of the board of a third-generation family business manufacturing industrial valves in Brescia. Our pricing has historically been set by cost-plus at 28%, with discretionary discounts by region. Following two difficult years and the arrival of a new sales director, the board has asked me to look into whether an external adviser could help us review this approach. I would welcome the chance to discuss this with you at a time of your convenience. For context, our turnover is approximately €40m, with 70% exports, and we have a board meeting on 3 July at which I am expected to present options. I remain, of course, at your disposal for any further information."),
  ], focus=True)]),

S("li-0212", True, "Right after connecting, an agency owner sends a hurried unpunctuated message from his phone asking if they could talk next week about retainers.",
  "ask_chat first_contact",
  {"a": li("Liam Gallagher-Stone")},
  [net("a", [
      ("a", "-3d 08:00", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 18:50", "hi sam thanks for connecting typing this on my phone between meetings so excuse the mess we're a 12 person agency in manchester and our retainers are killing us any chance we could talk next week"),
  ], focus=True)]),

S("li-0213", True, "A founder comments on Sam's LinkedIn post and DMs on X two days later about having Sam speak at her company's offsite, asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Mireille Okonjo", tw="mireille_ok", li=True)},
  [th(L, [
      (ME, "-4d 09:00", "Every pricing change is a change-management project. The spreadsheet is the easy part."),
      ("a", "+3h", "This is exactly why I want our whole leadership team to hear it. Would you consider speaking at our offsite in October?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 14:30", "Hi Sam, Mireille from LinkedIn (the offsite comment). It's a paid 45-min session for 30 managers in Cascais. Could we do a quick call this week to talk dates?"),
  ], focus=True)]),

S("li-0214", True, "A known contact introduces a hotel-group revenue manager in a group message and the new person takes it up with a concrete ask for a chat.",
  "introduction first_contact ask_chat",
  {"k": li("Beatrix Holloway"), "n": li("Kenji Takamura")},
  [dm(L, "k", [
      ("k", "-260d 12:00", "Thanks for the book recommendation, devoured it."),
      (ME, "+3h", "Glad you liked it!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 09:10", "Sam, Kenji runs revenue for a group of 6 boutique hotels and is rethinking direct-booking prices. Kenji, Sam is the person I mentioned."),
      ("n", "+4h", "Thank you Beatrix. Hi Sam, we're paying 17% to OTAs on 60% of bookings and our direct rate is the same as the OTA rate. I'd really like to talk this through with you, is there a time in the next two weeks that works?"),
  ], focus=True)]),

S("li-0215", True, "The host of a small, ad-free podcast for finance leaders asks Sam to record a forty-minute episode in May; an invitation awaiting an answer, not a paid feature.",
  "ask_chat first_contact",
  {"a": li("Gareth Pennington")},
  [dm(L, "a", [
      ("a", "-1d 12:20", "Hi Sam, I host a small podcast for finance leaders in mid-size companies (no ads, no fees either way, ~4k listeners). I'd love to record a 40-minute conversation with you in May about why CFOs should own pricing. Would you be up for it?"),
  ], focus=True)]),

S("li-0216", True, "In Spanish, an industrial supplier says he will be in Lisbon the week of the 14th for a trade fair and would like to invite Sam for a coffee.",
  "ask_meeting first_contact indirect_ask non_english lang_es",
  {"a": li("Ignacio Berrondo")},
  [dm(L, "a", [
      ("a", "-2d 10:40", "Buenos días Sam. Estaré en Lisboa la semana del 14 por la feria de alimentación y me gustaría invitarle a un café. Somos fabricantes de envases para el sector lácteo y queremos dejar de competir solo por precio. Creo que podría ayudarnos."),
  ], focus=True)]),

S("li-0217", True, "In Spanish, a marketing director lists the pieces of work she needs and asks what budget and timing Sam would propose.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Carmen Iturriaga")},
  [dm(L, "a", [
      ("a", "-1d 15:30", "Hola Sam, te resumo lo que buscamos: 1) análisis de precios de nuestras 4 gamas de producto frente a la competencia, 2) propuesta de nueva estructura de tarifas para distribuidores, 3) una sesión de trabajo con dirección. Somos una marca de cosmética natural en Barcelona. ¿Qué presupuesto y plazos nos propondrías?"),
  ], focus=True)]),

S("li-0218", True, "In French, someone Sam spoke with at a Paris pricing club last night follows up as agreed and asks to schedule a video call next week.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Thibault Lemoine")},
  [dm(L, "a", [
      ("a", "-0d 06:05", "Bonjour Sam, ravi d'avoir échangé hier soir au Pricing Club. Comme convenu, je reviens vers vous au sujet de nos contrats de maintenance. Pourrions-nous caler une visio la semaine prochaine ?"),
  ], focus=True)]),

S("li-0219", True, "In French, a sales director asks whether Sam also works in-house with sales teams; an indirect ask for paid work.",
  "indirect_ask first_contact non_english lang_fr",
  {"a": li("Sandrine Aubertin")},
  [dm(L, "a", [
      ("a", "-2d 11:20", "Bonjour Sam, est-ce que vous intervenez aussi en entreprise, auprès des équipes commerciales ? Nous sommes 18 commerciaux (matériel médical) et la négociation des remises est devenue notre point faible. Nous avons un budget formation pour le second semestre."),
  ], focus=True)]),

S("li-0220", True, "In German, a client Sam worked with in 2023 returns with a new product line and asks about capacity and a short phone call.",
  "reengagement ask_call non_english lang_de",
  {"a": li("Ulrike Brenner")},
  [dm(L, "a", [
      ("a", "-640d 14:00", "Vielen Dank für die tolle Zusammenarbeit, Sam. Die neue Preisliste kommt sehr gut an."),
      (ME, "+3h", "Sehr gern, Ulrike!"),
      ("a", "-2d 09:50", "Hallo Sam, lange nichts gehört! Wir bringen im Herbst eine Serviceplattform für unsere Maschinen heraus und wissen nicht, wie wir sie bepreisen sollen. Hätten Sie dafür Kapazität? Ein kurzes Telefonat wäre toll."),
  ], focus=True)]),

S("li-0221", True, "In German, a long formal message about a dental-lab group ends by asking whether Sam could support them, an indirect ask for help.",
  "ask_help indirect_ask first_contact non_english lang_de",
  {"a": li("Dr. Hartmut Lenzen")},
  [dm(L, "a", [
      ("a", "-3d 16:10", "Sehr geehrter Herr Rivera, wir sind ein Verbund von fünf Dentallaboren in Nordrhein-Westfalen. Seit der Übernahme zweier Labore haben wir drei verschiedene Preislisten, und unsere Zahnarztkunden vergleichen inzwischen untereinander. Gleichzeitig steigen Material- und Personalkosten deutlich. Unser Ziel ist eine einheitliche Preislogik bis Jahresende. Ich habe Ihren Vortrag in Köln gesehen und frage mich, ob Sie uns dabei unterstützen könnten."),
  ], focus=True)]),

S("li-0222", True, "In Portuguese, an invitation note from someone who attended Sam's talk says she would like to propose a team training and asks if they can talk.",
  "ask_chat first_contact non_english lang_pt",
  {"a": li("Mafalda Tavares")},
  [net("a", [
      ("a", "-2d 18:00", "Olá Sam, estive na sua palestra na Nova SBE. Gostava de lhe propor uma formação para a nossa equipa comercial (seguros, 25 pessoas). Podemos falar?"),
  ], focus=True)]),

S("li-0223", True, "In Portuguese mixed with English, a fintech's head of growth asks for thirty minutes, a call or a coffee, to review pricing before their Series A.",
  "ask_call ask_meeting first_contact non_english lang_pt",
  {"a": li("Inês Carrilho")},
  [dm(L, "a", [
      ("a", "-1d 13:15", "Hi Sam! Sou a Inês, head of growth numa fintech em Lisboa. Estamos a rever o nosso pricing antes do Series A e os investors já fizeram perguntas difíceis 😅 Gostava de te pedir 30 min, call ou café, como preferires."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 4 negatives: look like asks, are not
S("li-0224", False, "A 'fellow consultant' asks to swap notes on running a solo practice and, after Sam replies, pitches his proposal software with a demo.",
  "promotional first_contact reciprocity keyword_trap",
  {"a": li("Howard Penrose")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Hi Sam, fellow independent here (change management). I like how you write about the business side of consulting. Would be good to swap notes on how we each run things."),
      (ME, "+5h", "Hi Howard, happy to. What's on your mind?"),
      ("a", "+1h", "Mainly proposals! I got so tired of Word templates that I co-founded Proposia, proposal software for consultants. Would you be open to a 20-minute walkthrough? Early users get 40% off for life."),
  ], focus=True)]),

S("li-0225", False, "A one-line cold message asks if Sam is open to a quick chat about his pipeline; a lead-gen opener.",
  "promotional first_contact keyword_trap",
  {"a": li("Brody Kessler")},
  [dm(L, "a", [
      ("a", "-1d 08:30", "Sam, open to a quick chat about your pipeline this quarter?"),
  ], focus=True)]),

S("li-0226", False, "An MBA classmate silent for years proposes coffee to 'reconnect', but he is a wealth manager pitching his services to founders.",
  "reengagement promotional keyword_trap",
  {"a": li("Alistair Drummond")},
  [dm(L, "a", [
      ("a", "-1700d 10:00", "Congrats on going independent, Sam!"),
      (ME, "+1d 08:00", "Thanks Alistair!"),
      ("a", "-2d 17:20", "Sam, long time! Class of 2014 reunion is coming up, hope to see you. In the meantime, I'm now a private wealth manager focusing on founders and independents, and I'd love to reconnect over coffee and show you how we structure pensions and investments for people in your position."),
  ], focus=True)]),

S("li-0227", False, "A newsletter proposes a 'collaboration' on a thought-leadership feature that is a sponsored placement Sam would pay for.",
  "promotional first_contact keyword_trap",
  {"a": li("Natalie Crowther")},
  [dm(L, "a", [
      ("a", "-2d 11:40", "Hi Sam, we'd love to collaborate with you on a thought-leadership feature in The CFO Brief (48k subscribers). Sponsored placements start at $1,800 and include an interview-style article. Shall I send the media kit and available dates?"),
  ], focus=True)]),

S("li-0228", False, "An AI pricing-tool founder asks for a 'feedback call' that is a product demo with a partner discount.",
  "promotional first_contact keyword_trap",
  {"a": li("Arjun Mehta-Collins")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Hi Sam, I'm the founder of PriceWise AI. Given your expertise, I'd really value your feedback on what we've built: 20 minutes where I show you the product and you tell me what you think. We're also offering consultants a partner tier at 50% off. Would Thursday work?"),
  ], focus=True)]),

S("li-0229", False, "A conference sells Sam a keynote 'speaking opportunity' package for several thousand euros.",
  "promotional first_contact keyword_trap",
  {"a": li("Pricing Leaders Forum")},
  [dm(L, "a", [
      ("a", "-2d 09:15", "Dear Sam, we're pleased to offer you a speaking opportunity at the Pricing Leaders Forum in Vienna. Our keynote partner package (€4,500) includes a 25-min keynote, an exhibition stand and lead scanning. Can we schedule a short call to secure your slot?"),
  ], focus=True)]),

S("li-0230", False, "Someone invites Sam into an invite-only paid peer group for consultants and asks for a 20-minute 'fit call'.",
  "promotional first_contact keyword_trap",
  {"a": li("Veronica Ashby")},
  [dm(L, "a", [
      ("a", "-1d 19:10", "Hi Sam, I run an invite-only peer group for independent consultants crossing €500k. Members meet monthly and annual membership is €6,000. Based on your profile I think you'd be a strong fit. Open to a 20-minute fit call?"),
  ], focus=True)]),

S("li-0231", False, "A stranger sends an invitation without a note, Sam accepts, and nothing else is said.",
  "no_message first_contact",
  {"a": li("Terrence Oduya")},
  [net("a", [
      ("a", "-3d 07:00", ""),
      (ME, "+4h", "", "connection"),
  ], focus=True)]),

S("li-0232", False, "A sarcastic comment asks whether the commenter can call Sam when customers churn and sneers that Sam sells courses.",
  "hostile first_contact keyword_trap",
  {"a": li("Dermot Fallon")},
  [th(L, [
      (ME, "-2d 08:00", "Pricing is a conversation with your customers, not a number you publish once."),
      ("a", "+90m", "A 'conversation'? Great, can I call you when my customers churn? 🙄 Easy to say when you sell courses instead of running a business."),
  ], focus=True)]),

S("li-0233", False, "A call request about a training day moved to e-mail, where the contract was signed, and she confirms it is all settled.",
  "closed ask_call reciprocity many_turns",
  {"a": li("Philippa Graves")},
  [dm(L, "a", [
      ("a", "-11d 10:00", "Hi Sam, could we have a call about a pricing training day for our account managers?"),
      (ME, "+4h", "Hi Philippa, gladly. Could you e-mail me the details at sam@samrivera.example? I'll reply with a proposal."),
      ("a", "+30m", "Will do, sending now."),
      ("a", "-1d 16:00", "Contract signed via e-mail, thanks Sam. See you on the 3rd!"),
  ], focus=True)]),

S("li-0234", False, "A genuine ask for a call about subscription pricing has been sitting unanswered for eight weeks.",
  "ask_call stale first_contact",
  {"a": li("Naomi Fairclough")},
  [dm(L, "a", [
      ("a", "-56d 14:20", "Hi Sam, I lead product at a meal-kit company and we're testing a subscription tier. Could we get on a call to talk about how to price the commitment discount?"),
  ], focus=True)]),

S("li-0235", False, "Sam sent an invitation with a note asking for fifteen minutes, and the person never answered; Sam's own ask.",
  "owner_only ask_chat",
  {"a": li("Ingrid Halvorsen")},
  [net("a", [
      (ME, "-10d 09:00", "Hi Ingrid, I loved your talk on marketplace take rates. Would you have 15 minutes for a chat sometime? I'm writing about this."),
  ], focus=True)]),

S("li-0236", False, "A post thanking yesterday's panel speakers and attendees tags thirteen people including Sam.",
  "mass_mention small_talk",
  dict(crowd(13, 63), a=li("Harriet Lindqvist")),
  [th(L, [
      ("a", "-1d 18:00", "What a night! 🙏 Huge thanks to everyone who came to our Revenue & Pricing evening and to these wonderful people for the conversations:", {"at": ats(13)}),
  ], focus=True)]),

S("li-0237", False, "In Spanish, a 'collaboration' proposal for a joint webinar turns out to require Sam to pay a sponsorship fee.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Lorena Casademunt")},
  [dm(L, "a", [
      ("a", "-2d 12:10", "Hola Sam, nos encantaría colaborar contigo en un webinar para nuestra comunidad de 30.000 directivos. El formato patrocinado incluye 45 minutos de ponencia y la base de datos de asistentes, con una inversión de 900 €. ¿Lo hablamos en una llamada?"),
  ], focus=True)]),

S("li-0238", False, "In Spanish, Sam explains he has no availability until September and the sales director accepts and says they will look elsewhere.",
  "closed declined reciprocity ask_call non_english lang_es",
  {"a": li("Jaime Urquijo")},
  [dm(L, "a", [
      ("a", "-6d 09:30", "Hola Sam, ¿tendrías un hueco este mes para una llamada sobre la política de descuentos de nuestra red comercial?"),
      (ME, "+1d 10:00", "Hola Jaime, gracias por pensar en mí. Estoy completo hasta septiembre y creo que no os conviene esperar tanto."),
      ("a", "+3h", "Entendido, gracias por la sinceridad. Buscaremos a otra persona. ¡Un saludo!"),
  ], focus=True)]),

S("li-0239", False, "In French, a one-line cold message asks whether Sam is open to a quick exchange about client acquisition; a sales opener.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Kévin Morvan")},
  [dm(L, "a", [
      ("a", "-1d 07:45", "Bonjour Sam, ouvert à un échange rapide sur votre acquisition client ?"),
  ], focus=True)]),

S("li-0240", False, "In French, a genuine request for a call about a co-working space's prices is three months old and was never followed up.",
  "ask_call stale first_contact non_english lang_fr",
  {"a": li("Aurélie Combes")},
  [dm(L, "a", [
      ("a", "-95d 11:00", "Bonjour Sam, je gère un espace de coworking à Lyon et nos tarifs n'ont pas bougé depuis 2021. Pourrions-nous nous appeler pour en parler ?"),
  ], focus=True)]),

S("li-0241", False, "In German, a university acquaintance silent for years resurfaces to pitch rental-property investments over a short call.",
  "reengagement promotional keyword_trap non_english lang_de",
  {"a": li("Florian Stallknecht")},
  [dm(L, "a", [
      ("a", "-1300d 16:00", "Glückwunsch zum Buch, Sam!"),
      (ME, "+1d 09:00", "Danke dir, Florian!"),
      ("a", "-2d 19:00", "Hey Sam, lange her! Ich bin inzwischen im Bereich Kapitalanlage-Immobilien unterwegs, gerade für Selbstständige wie dich spannend (Steuervorteile, Inflationsschutz). Hast du diese Woche 15 Minuten für ein kurzes Telefonat?"),
  ], focus=True)]),

S("li-0242", False, "In German, a reader thanks Sam for the book, says explicitly that there is no question, and answers Sam's reply with a single emoji.",
  "thanks_only small_talk first_contact reciprocity non_english lang_de",
  {"a": li("Annika Reinholz")},
  [dm(L, "a", [
      ("a", "-3d 20:30", "Hallo Sam, ich wollte nur sagen: Ihr Buch hat die Art verändert, wie unser Team über Angebote spricht. Keine Frage, kein Anliegen, einfach danke."),
      (ME, "+12h", "Das freut mich sehr, vielen Dank, Annika!"),
      ("a", "+1h", "🙏"),
  ], focus=True)]),

S("li-0243", False, "In Portuguese, an AI-tool founder asks for Sam's opinion on a call that is really a product demo with a commission offer.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": li("Duarte Magalhães")},
  [dm(L, "a", [
      ("a", "-2d 10:05", "Olá Sam! Criámos uma ferramenta de IA que define preços para agências em 2 minutos. Adorávamos a sua opinião: numa chamada de 20 min mostramos-lhe a plataforma e, se gostar, temos um programa de parceiros com 30% de comissão. Quinta-feira dá jeito?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (positives)
S("li-0244", True, "The programme chair of an industry association's annual conference invites Sam to keynote, with fee and travel covered, and asks to schedule a call.",
  "ask_call first_contact",
  {"a": li("Dr. Imelda Crosthwaite")},
  [dm(L, "a", [
      ("a", "-2d 14:10", "Dear Sam, I chair the programme committee for the Association of Independent Wholesalers' annual conference (Rotterdam, 9-10 October, around 700 delegates). Members have repeatedly asked for a session on pricing under inflation, and your name came up more than once. We would like to invite you to give the opening keynote (45 minutes); we cover travel, two nights and a speaker fee. Could we schedule a call in the next week or two to discuss?"),
  ], focus=True)]),

S("li-0245", True, "Sam's book editor, quiet since the paperback came out, wants to discuss a second edition and an audiobook and proposes meeting while she is in Lisbon.",
  "reengagement ask_meeting",
  {"a": li("Harriet Ashworth-Lane")},
  [dm(L, "a", [
      ("a", "-260d 11:00", "Paperback files are with the printer! Thank you for turning the new chapter around so quickly."),
      (ME, "+3h", "Thank you Harriet, great working with you as always."),
      ("a", "-3d 10:05", "Hello Sam! Good news: sales held up well enough that we'd like to talk about a revised second edition next year, and audio rights have come back to us, so an audiobook too (possibly read by you). I'm in Lisbon for a festival from the 18th; could we meet for lunch or a coffee while I'm there?"),
  ], focus=True)]),

S("li-0246", True, "A trade-magazine journalist asks for a twenty-minute phone interview this week for a feature on how law firms price their work.",
  "ask_call first_contact",
  {"a": li("Tobias Wren")},
  [dm(L, "a", [
      ("a", "-1d 12:45", "Hi Sam, I'm a features writer at Legal Practice Monthly, working on a piece about why law firms are slowly moving away from the billable hour. I'd love to include your view. Could we do a 20-minute phone interview this week? Wednesday or Thursday would be ideal, my deadline is Monday."),
  ], focus=True)]),

S("li-0247", True, "A former colleague introduces the managing partner of an architecture firm, who takes it up and asks for a call about fee structures.",
  "introduction first_contact ask_call",
  {"k": li("Rafael Nwachukwu"), "n": li("Geraldine Holt-Marchant")},
  [dm(L, "k", [
      ("k", "-75d 16:00", "Good to catch up at the conference Sam, let's not leave it another five years!"),
      (ME, "+1h", "Agreed! Good to see you Rafa."),
  ]),
   dm(L, "k n", [
      ("k", "-3d 09:30", "Geraldine, meet Sam, the pricing person I mentioned. Sam, Geraldine is managing partner at Holt Marchant Architects (60 people) and they're rethinking how they set fees. I'll let you two take it from here."),
      ("n", "+2h", "Thank you Rafael. Hello Sam, we currently charge a percentage of construction cost, which means we earn more when clients overspend, and our clients have noticed. I'd like to explore alternatives before our partners' retreat in July. Could we have a call next week?"),
  ], focus=True)]),

S("li-0248", True, "A former colleague silent for nearly two years proposes jointly offering pricing audits to mid-size agencies and suggests a virtual coffee.",
  "reengagement ask_chat",
  {"a": li("Anneliese Corbett")},
  [dm(L, "a", [
      ("a", "-690d 17:30", "Congrats on the book launch, Sam!"),
      (ME, "+1d 09:00", "Thanks Anneliese!"),
      ("a", "-2d 15:20", "Hi Sam, it's been ages. I've been running finance-ops projects for agencies since I went independent, and the same pattern keeps coming up: great delivery, terrible pricing, and I can't fix the second part. I think there's a joint offer here, a 4-week 'margin audit' with me on the numbers and you on the pricing. I already have two agencies who'd pilot it. Fancy a virtual coffee next week to see if it holds up?"),
  ], focus=True)]),

S("li-0249", True, "A venture investor asks for thirty minutes on how early-stage founders should hire for pricing, with a paid advisory session in mind.",
  "ask_call first_contact",
  {"a": li("Cyrus Farahani")},
  [dm(L, "a", [
      ("a", "-2d 08:50", "Hi Sam, I'm a partner at Meridian Seed. Three of our portfolio companies are about to hire their first 'pricing person' and I suspect at least two of them are hiring the wrong profile. I'd value 30 minutes with you on what good looks like at that stage, and if it's useful I'd like to bring you in for a paid session with the founders. Would a call next week work?"),
  ], focus=True)]),

S("li-0250", True, "A former junior colleague has been offered a head-of-pricing role and asks Sam for advice before she negotiates on Friday.",
  "ask_chat ask_help",
  {"a": li("Priya Venkataraman")},
  [dm(L, "a", [
      ("a", "-50d 12:00", "Loved your post on discount guardrails, sharing with my team!"),
      (ME, "+4h", "Thanks Priya, hope the new job is treating you well."),
      ("a", "-1d 18:40", "Sam, I need your advice! I've been offered the Head of Pricing role at a travel-tech scale-up. It's a big jump and I negotiate the package on Friday. I have no idea what's normal for equity, whether to ask for a team, any of it. Could we talk before Friday, even 20 minutes? You were the best manager I ever had and I trust your judgement."),
  ], focus=True)]),

S("li-0251", True, "An MBA student whose invitation Sam accepted follows up with times for the twenty-minute informational chat she asked for.",
  "ask_chat first_contact",
  {"a": li("Chiara Montefiore")},
  [net("a", [
      ("a", "-4d 09:00", "Hi Sam, I'm an MBA student at a Milan business school writing my thesis on subscription pricing. Would you be open to a 20-minute chat?"),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 10:15", "Thank you for accepting, Sam! Would Tuesday at 16:00 or Thursday at 11:00 Lisbon time work for that 20-minute chat? I'll send my questions in advance so it's efficient."),
  ], focus=True)]),

S("li-0252", True, "A learning platform's content lead invites Sam to author a paid course on pricing and asks for a call to discuss scope and terms.",
  "ask_call first_contact",
  {"a": li("Wendell Osterberg")},
  [dm(L, "a", [
      ("a", "-3d 16:30", "Hi Sam, I lead content at SkillHarbor (online courses for small-business owners, ~200k learners). Pricing is our most requested topic that we don't cover. We'd like you to author a 2-hour course: advance plus royalties, we handle production and filming in Lisbon. Could we set up a call to walk through scope and terms?"),
  ], focus=True)]),

S("li-0253", True, "Under Sam's post a CFO asks a substantive question, Sam answers, and the CFO asks whether Sam would discuss it for her company.",
  "indirect_ask first_contact reciprocity",
  {"a": li("Margit Olsen-Kaur")},
  [th(L, [
      (ME, "-2d 08:00", "Annual price increases should be boring. If yours needs a war room every January, the problem is the process, not the number."),
      ("a", "+3h", "Agree in principle. But how do you make it boring when 40% of revenue sits with five enterprise customers who each negotiate separately?"),
      (ME, "+2h", "You write the increase into the contract up front (index plus a floor), so January is an invoice, not a negotiation. The hard part is the next renewal, not January."),
      ("a", "+1h", "That's exactly the renewal cycle we're entering. Would you be open to discussing this for our situation specifically? I'll send you a message."),
  ], focus=True)]),

S("li-0254", True, "A coworking owner asks on LinkedIn, after a Facebook message the same week, what Sam would charge for four evening workshops for members.",
  "cross_platform first_contact ask_rates",
  {"a": P("Duarte Vilaça", li=True)},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Hi Sam, Duarte from Casa Comum coworking (I also sent you a message on Facebook, in case it got lost there). We'd like to run four evening workshops for our members this autumn, around 25 people each: pricing your services, proposals, raising rates, retainers. What would you charge for a series like that?"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-4d 19:40", "Olá Sam! I run Casa Comum in Anjos, lots of our freelancers read your newsletter. Would you be interested in running some workshops for our members? Happy to pay properly."),
  ], focus=True)]),

S("li-0255", True, "In Spanish, a foundation asks for pro-bono help redesigning its membership fees and proposes a video call.",
  "ask_help ask_call first_contact non_english lang_es",
  {"a": li("Amparo Villalonga")},
  [dm(L, "a", [
      ("a", "-3d 12:30", "Hola Sam, soy directora de la Fundación Aulas Abiertas en Valencia (refuerzo escolar para familias con pocos recursos). Queremos pasar de donaciones sueltas a un programa de socios con cuotas, y no sabemos cómo plantear los niveles sin que nadie se sienta excluido. Sé que es pedir mucho, pero ¿podrías ayudarnos de forma pro bono? Podríamos hacer una videollamada cuando te venga bien."),
  ], focus=True)]),

S("li-0256", True, "In Spanish, the CEO of a Mexican SaaS company asks what a three-month advisory retainer with Sam would cost.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Rodrigo Anaya Saldívar")},
  [dm(L, "a", [
      ("a", "-1d 17:05", "Buen día Sam. Soy CEO de una plataforma de nómina para pymes en México (unos 1.100 clientes). Vamos a lanzar planes nuevos en septiembre y quisiera tener a alguien como tú de asesor durante tres meses: una sesión a la semana con el equipo y revisión de lo que vayamos armando. ¿Cuánto costaría algo así y tendrías disponibilidad?"),
  ], focus=True)]),

S("li-0257", True, "In French, a startup founder asks for a thirty-minute virtual coffee about hiring a head of sales before her fundraise.",
  "ask_chat first_contact non_english lang_fr",
  {"a": li("Capucine Desrosiers")},
  [dm(L, "a", [
      ("a", "-2d 09:25", "Bonjour Sam, je suis fondatrice d'une start-up lyonnaise (logiciel de gestion pour cabinets vétérinaires). Nous levons en fin d'année et les investisseurs nous demandent d'avoir un head of sales en place avant, mais je me demande si je ne devrais pas d'abord revoir nos prix. Auriez-vous 30 minutes pour un café virtuel dans les prochains jours ?"),
  ], focus=True)]),

S("li-0258", True, "In German, the head of HR at a family-owned manufacturer asks for an in-house pricing workshop for the sales team and a short introductory call.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Sabine Kröger-Lindemann")},
  [dm(L, "a", [
      ("a", "-2d 13:40", "Guten Tag Herr Rivera, ich leite das Personalwesen bei einem Familienunternehmen für Landmaschinen in Niedersachsen. Unser Vertriebsteam (14 Personen) soll im Herbst einen Inhouse-Workshop zum Thema Preisverhandlung bekommen, und unser Geschäftsführer hat Ihr Buch gelesen. Wären Sie grundsätzlich bereit, so etwas zu übernehmen? Dann würde ich gern ein kurzes Kennenlerngespräch per Telefon vereinbaren."),
  ], focus=True)]),

S("li-0259", True, "In Portuguese, Sam's former university professor, silent for years, invites him to give a guest lecture and proposes lunch to plan it.",
  "reengagement ask_meeting non_english lang_pt",
  {"a": li("Prof. Henrique Sarmento")},
  [dm(L, "a", [
      ("a", "-1300d 10:00", "Parabéns pelo novo projeto, Sam. Sempre soube que ias acabar por trabalhar por conta própria."),
      (ME, "+1d 09:00", "Obrigado, professor! Muito do que sei aprendi nas suas aulas."),
      ("a", "-2d 16:10", "Caro Sam, espero que esteja tudo bem. Este semestre dou a cadeira de Estratégia de Preços no mestrado e gostava muito que viesses dar uma aula convidada sobre o teu trabalho com pequenas empresas. Almoçamos um dia destes para combinar? Diz-me que dia te dá jeito."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (negatives)
S("li-0260", False, "A recruiter's template message about a head-of-pricing role asks for a quick call.",
  "recruiter_template first_contact keyword_trap",
  {"a": li("Brianna Castellanos")},
  [dm(L, "a", [
      ("a", "-1d 09:10", "Hi Sam, I hope this message finds you well! I came across your profile and your experience really stood out. I'm working with a leading European marketplace on an exciting Head of Pricing & Monetisation opportunity (Berlin/remote, excellent package). Would you be open to a quick call this week to discuss?"),
  ], focus=True)]),

S("li-0261", False, "A sponsored InMail with an unfilled name placeholder advertises an executive MBA.",
  "automated promotional",
  {"a": P("Westbridge Business School", li="")},
  [dm(L, "a", [
      ("a", "-2d 12:00", "Hi %FIRSTNAME%, ready to take your leadership to the next level? Our Executive MBA (weekend format, Lisbon & London) has 5 scholarships left for the autumn intake. Book a call with an admissions advisor today."),
  ], focus=True)]),

S("li-0262", False, "An expo's sales team offers Sam an exhibitor stand and asks for a call to go through packages.",
  "promotional first_contact keyword_trap",
  {"a": li("Marcus Thorne-Adebayo")},
  [dm(L, "a", [
      ("a", "-2d 15:30", "Hi Sam, quick one: we still have a handful of exhibitor spaces at SaaS Growth Expo in Amsterdam (4,000 attendees). Consultants who exhibited last year averaged 40+ qualified leads. Stands from €2,900. Worth a 15-minute call to see if it fits your plans?"),
  ], focus=True)]),

S("li-0263", False, "A stranger sends an invitation without a note and nothing else happens.",
  "no_message first_contact",
  {"a": li("Gordon Blythe")},
  [net("a", [
      ("a", "-2d 14:00", ""),
  ], focus=True)]),

S("li-0264", False, "After Sam accepts an invitation, an automatic thank-you message offers a free lead-generation guide.",
  "automated promotional first_contact",
  {"a": li("Kristof Vandamme")},
  [net("a", [
      ("a", "-3d 10:00", ""),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 12:01", "Thanks for connecting, Sam! 🙌 As a welcome gift, here's my free playbook '30 days to a full consulting pipeline': pipelineplaybook.example. Enjoy and let me know what you think!"),
  ], focus=True)]),

S("li-0265", False, "A connection sends LinkedIn's pre-filled work-anniversary congratulations.",
  "automated small_talk",
  {"a": li("Ingrid Solvang")},
  [dm(L, "a", [
      ("a", "-1d 10:20", "Congrats on 7 years at Sam Rivera Pricing!"),
  ], focus=True)]),

S("li-0266", False, "Known contacts congratulate Sam under his post about the book's second anniversary and he thanks them; congratulations only.",
  "small_talk reciprocity emoji_only",
  {"a": li("Oluwaseun Adeyemi"), "b": li("Francesca Rinaldi")},
  [dm(L, "a", [
      ("a", "-80d 09:00", "Great session yesterday, thanks Sam."),
  ]),
   dm(L, "b", [
      ("b", "-40d 18:00", "Thanks for the intro to Jonas!"),
  ]),
   th(L, [
      (ME, "-1d 09:00", "Two years ago today the book came out. Thank you to everyone who read it, argued with it and sent me stories about their own price increases."),
      ("a", "+40m", "Congrats Sam! 🎉 Still the most dog-eared book on my desk."),
      ("b", "+2h", "👏👏👏"),
      (ME, "+1h", "Thank you both! 🙏"),
  ], focus=True)]),

S("li-0267", False, "A conference's 'meet our speakers' post tags Sam along with eleven other speakers.",
  "mass_mention promotional",
  dict(crowd(12, 73), a=li("Pricing Summit Europe")),
  [th(L, [
      ("a", "-2d 10:00", "🎤 Meet the speakers for Pricing Summit Europe 2025! We're thrilled to welcome this incredible line-up to Vienna. Early-bird tickets end Friday 👉 pricingsummit.example", {"at": ats(12)}),
  ], focus=True)]),

S("li-0268", False, "A journalist whose phone interview with Sam already happened sends the published article with thanks; the matter is closed.",
  "closed thanks_only reciprocity many_turns ask_call",
  {"a": li("Esther Blackwood")},
  [dm(L, "a", [
      ("a", "-13d 10:30", "Hi Sam, could I interview you by phone for a piece on subscription fatigue?"),
      (ME, "+2h", "Of course. Tomorrow at 11?"),
      ("a", "+15m", "Perfect, I'll call you then."),
      ("a", "-1d 16:00", "The piece is out today, thank you again for your time, your quote on 'subscription debt' made the headline! finance-weekly.example/subscription-fatigue"),
  ], focus=True)]),

S("li-0269", False, "An investor asked for advice two months ago, Sam offered times, and the investor never came back; the thread is stale.",
  "ask_call stale reciprocity first_contact",
  {"a": li("Leopold Ashcombe")},
  [dm(L, "a", [
      ("a", "-64d 09:00", "Hi Sam, would you have time for a call about pricing advice for one of our portfolio companies?"),
      (ME, "+6h", "Hi Leopold, happy to. Thursday 14:00 or Friday 10:00 Lisbon time?"),
  ], focus=True)]),

S("li-0270", False, "Sam sent a podcast host an invitation note offering to be a guest three months ago and it was never accepted; Sam's own ask.",
  "owner_only stale",
  {"a": li("Mikael Sørensen-Holt")},
  [net("a", [
      (ME, "-92d 10:00", "Hi Mikael, big fan of your show on service businesses. If you ever want a guest on pricing, I'd be glad to join."),
  ], focus=True)]),

S("li-0271", False, "A video agency pitches Sam on producing LinkedIn content and asks for a fifteen-minute call.",
  "promotional first_contact keyword_trap",
  {"a": li("Sienna Whitfield")},
  [dm(L, "a", [
      ("a", "-1d 11:15", "Hi Sam! Love your posts 🔥 Imagine them as short videos: our team films, edits and posts 8 clips a month for thought leaders like you, so you grow without lifting a finger. Open to a 15-min call to see some examples?"),
  ], focus=True)]),

S("li-0272", False, "An executive coach offers Sam a complimentary discovery session on executive presence.",
  "promotional first_contact keyword_trap",
  {"a": li("Graham Lockwood-Reyes")},
  [dm(L, "a", [
      ("a", "-2d 07:45", "Sam, as a fellow expert you know that your presence is your brand. I coach consultants to command higher fees through executive presence. I'm offering a complimentary 30-min discovery session to a few people in my network this month. Shall I send you my calendar link?"),
  ], focus=True)]),

S("li-0273", False, "A former colleague proposed a joint venture, Sam declined because of his book deadline, and she wished him luck.",
  "closed declined reciprocity reengagement ask_call",
  {"a": li("Veronika Halvorsen")},
  [dm(L, "a", [
      ("a", "-150d 12:00", "Happy new year Sam!"),
      ("a", "-5d 10:00", "Hi Sam, I'm launching a pricing advisory boutique with two partners and we'd love you on board as the fourth. Could we jump on a call?"),
      (ME, "+1d 09:30", "Veronika, I'm really flattered, but I'm committed to finishing the second edition this year and want to stay solo. I hope it goes brilliantly."),
      ("a", "+2h", "Totally understand, and thanks for being straight with me. Good luck with the book!"),
  ], focus=True)]),

S("li-0274", False, "Someone asks where to buy Sam's book in Germany, Sam tells her, and she says she found it.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": li("Hannelore Dietz")},
  [dm(L, "a", [
      ("a", "-3d 19:00", "Hi Sam, is your book available in Germany? Can't find it on the usual sites."),
      (ME, "+14h", "Hi Hannelore, yes, the English edition ships from the publisher's EU store: the link is on my profile."),
      ("a", "+2h", "Found it, ordered. Thanks!"),
  ], focus=True)]),

S("li-0275", False, "A stranger comments under Sam's post that pricing consultants are the reason software is expensive and calls it gouging.",
  "hostile first_contact keyword_trap",
  {"a": li("Derek Fanshawe")},
  [th(L, [
      (ME, "-1d 08:30", "Most SaaS companies don't have a pricing problem, they have a packaging problem."),
      ("a", "+4h", "Pricing 'experts' are the reason every tool I use costs triple what it did. Call it what it is: gouging."),
  ], focus=True)]),

S("li-0276", False, "In Spanish, a recruiter's template message about a pricing-director role asks for a quick call.",
  "recruiter_template first_contact keyword_trap non_english lang_es",
  {"a": li("Lorena Echeverri")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Hola Sam, ¿qué tal? He visto tu perfil y me ha parecido muy interesante tu trayectoria. Estoy colaborando con una importante empresa del sector retail en un proceso para Director/a de Pricing (Madrid, modelo híbrido, paquete muy competitivo). ¿Te encajaría una llamada rápida esta semana para contarte más?"),
  ], focus=True)]),

S("li-0277", False, "In Spanish, a long alumni group thread organises a reunion dinner; Sam says he'll come and the rest is logistics.",
  "small_talk reciprocity many_turns non_english lang_es",
  {"a": li("Íñigo Larrañaga"), "b": li("Rocío Benjumea"), "c": li("Tomás Aguirre")},
  [dm(L, "a b c", [
      ("a", "-4d 19:00", "¡Promo 2012! Diez años del máster. Cena el viernes 20 de junio en Madrid, ¿quién se apunta?"),
      ("b", "+1h", "¡Yo! ¿Dónde?"),
      ("a", "+20m", "En La Tasca del Puerto, la de siempre. 35€ por cabeza."),
      (ME, "+3h", "¡Contad conmigo! Cojo un vuelo ese día."),
      ("c", "+30m", "Yo también, aunque llegaré tarde 😅"),
      ("a", "+10m", "Genial, ya somos 14 🙌"),
  ], focus=True)]),

S("li-0278", False, "In French, a financial adviser pitches income-protection insurance for independents and asks for a call.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Jean-Baptiste Morvan")},
  [dm(L, "a", [
      ("a", "-1d 14:30", "Bonjour Sam, en tant qu'indépendant, êtes-vous bien couvert en cas d'arrêt de travail ? J'accompagne les consultants sur leur prévoyance et leur retraite (Madelin, PER). Je vous propose un bilan gratuit de 20 minutes par téléphone cette semaine, cela vous intéresse ?"),
  ], focus=True)]),

S("li-0279", False, "In French, a connection sends the pre-filled work-anniversary congratulations.",
  "automated small_talk non_english lang_fr",
  {"a": li("Aurélie Vasseur-Brun")},
  [dm(L, "a", [
      ("a", "-2d 09:00", "Félicitations pour vos 7 ans chez Sam Rivera Pricing !"),
  ], focus=True)]),

S("li-0280", False, "In German, a publisher's newsletter arrives by message every week.",
  "automated promotional non_english lang_de",
  {"a": li("Preisklar Newsletter")},
  [dm(L, "a", [
      ("a", "-8d 06:30", "📩 Preisklar Wochenüberblick #112: Warum Rabattaktionen Ihre Marke beschädigen. Jetzt lesen: preisklar.example/112"),
      ("a", "-1d 06:30", "📩 Preisklar Wochenüberblick #113: Preiserhöhungen richtig kommunizieren. Jetzt lesen: preisklar.example/113"),
  ], focus=True)]),

S("li-0281", False, "In German, a student's informational call with Sam has taken place and she thanks him afterwards; the matter is closed.",
  "closed thanks_only reciprocity many_turns ask_call first_contact non_english lang_de",
  {"a": li("Jana Obermüller")},
  [dm(L, "a", [
      ("a", "-9d 11:00", "Hallo Sam, ich studiere BWL in Mannheim und schreibe meine Bachelorarbeit über Preispsychologie. Hätten Sie 20 Minuten für ein kurzes Gespräch per Zoom?"),
      (ME, "+5h", "Hallo Jana, gern. Donnerstag um 15 Uhr?"),
      ("a", "+30m", "Perfekt, ich schicke den Link!"),
      ("a", "-2d 17:20", "Vielen Dank nochmal für das Gespräch am Donnerstag, das hat mir für die Arbeit enorm geholfen!"),
  ], focus=True)]),

S("li-0282", False, "In Portuguese, a stranger offers a guaranteed-return crypto 'opportunity' and a call to explain it.",
  "spam promotional first_contact keyword_trap non_english lang_pt",
  {"a": li("Wellington Sousa Prado")},
  [dm(L, "a", [
      ("a", "-1d 21:00", "Olá Sam, tudo bem? Tenho uma oportunidade exclusiva em cripto com rendimento garantido de 12% ao mês, já ajudei mais de 200 empresários. Posso te ligar 10 minutinhos para explicar? 🚀"),
  ], focus=True)]),

S("li-0283", False, "In Portuguese, a Porto meetup organiser asked Sam about a talk four months ago, Sam said yes, and nothing came back since.",
  "ask_chat stale reciprocity first_contact non_english lang_pt",
  {"a": li("Beatriz Leitão")},
  [dm(L, "a", [
      ("a", "-125d 18:00", "Olá Sam! Organizo o Porto Pricing Meetup e gostava de falar consigo sobre uma sessão em março. Podemos conversar?"),
      (ME, "+1d 09:00", "Olá Beatriz, com todo o gosto! Diga-me quando lhe dá jeito."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 6 (0284-0323)
S("li-0284", True, "An invitation note from a hospital group's procurement lead asks Sam for a scoping call about pricing outsourced services.",
  "ask_call first_contact",
  {"a": li("Rashida Okonkwo-Hale")},
  [net("a", [
      ("a", "-2d 10:00", "Hi Sam, I lead procurement at a regional hospital group. We're redesigning how we price shared services to our clinics and I'd like to explore bringing you in. Could we have a 30-min scoping call?"),
  ], focus=True)]),

S("li-0285", True, "A business-school professor invites Sam to co-teach a session in her executive course and asks for a video call.",
  "ask_call first_contact",
  {"a": li("Prof. Annelise Brandvold")},
  [dm(L, "a", [
      ("a", "-3d 13:00", "Dear Sam, I teach the Pricing Strategy module of our executive MBA in Oslo. I use two chapters of your book and the participants keep quoting you. Would you consider co-teaching one evening session (remote or in person, paid)? Could we have a video call to discuss in the next couple of weeks?"),
  ], focus=True)]),

S("li-0286", True, "A comment thread under Sam's post turns into a request from an operations director to discuss their renewal pricing privately.",
  "first_contact reciprocity many_turns ask_chat",
  {"a": li("Gideon Feldmann")},
  [th(L, [
      (ME, "-3d 08:00", "Most churn I see in B2B isn't about price. It's about a price change nobody explained."),
      ("a", "+2h", "We raised prices 18% last spring with a two-line email. Lost 9% of accounts. Lesson learned, but how would you have communicated it?"),
      (ME, "+40m", "Months ahead, account by account for the top tier, with what changed in the product and a grandfathering window. Two lines is a bill, not an explanation."),
      ("a", "+25m", "We have another increase planned for Q3 and I really don't want a repeat. Could we talk about it properly, off here? I'll message you."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:30", "Hi Sam, Gideon from the comments. Happy to engage you for this. Do you have time for a call next week?"),
  ], focus=True)]),

S("li-0287", True, "A former colleague introduces a payments-startup founder in a group message, and the founder takes it up asking for a call about a paid engagement.",
  "introduction first_contact ask_call",
  {"k": li("Marguerite Tallis"), "n": li("Aurelio Bastos")},
  [dm(L, "k", [
      ("k", "-400d 10:00", "Great working with you on the Delta project!"),
      (ME, "+2h", "Likewise Marguerite, let's stay in touch."),
  ]),
   dm(L, "k n", [
      ("k", "-4d 11:00", "Sam, meet Aurelio, founder of a payments startup. He needs help with merchant pricing and I told him you're the best I've worked with. Aurelio, over to you!"),
      ("n", "+3h", "Thanks Marguerite! Hi Sam, we're a 25-person payments startup and our merchant pricing is a mess of custom deals. We'd like to engage someone for 6-8 weeks. Would you have time for a call this week?"),
  ], focus=True)]),

S("li-0288", True, "A junior product manager asks Sam, indirectly, whether he would be open to occasional mentoring.",
  "ask_help first_contact indirect_ask",
  {"a": li("Samira El-Haddad")},
  [dm(L, "a", [
      ("a", "-2d 19:00", "Hi Sam, I just became the first PM responsible for pricing at my company (after 2 years in support!). I've read everything you've published but I'd benefit so much from an experienced person to check my thinking now and then. I don't know if you do that at all, but if you ever had half an hour a month, I'd be very grateful. Totally understand if not."),
  ], focus=True)]),

S("li-0289", True, "A trade publication editor asks Sam to write a paid guest column and proposes a call to agree the angle.",
  "ask_call first_contact",
  {"a": li("Declan Furlong")},
  [dm(L, "a", [
      ("a", "-1d 16:00", "Hi Sam, I edit Retail Week Europe's opinion section. We'd like to commission a monthly column on pricing from you for the next six months (paid, 900 words). Could we have a quick call to agree the first angle?"),
  ], focus=True)]),

S("li-0290", True, "A VC partner asks Sam to help their portfolio companies with pricing workshops and to meet for lunch in Lisbon.",
  "ask_meeting first_contact",
  {"a": li("Constance Beaumont-Rey")},
  [dm(L, "a", [
      ("a", "-4d 12:00", "Hello Sam, I'm a partner at Meridian Ventures. Several of our portfolio founders cite your newsletter, and we'd like to offer them a pricing workshop series, paid by the fund. I'm in Lisbon on Thursday and Friday: could we have lunch?"),
  ], focus=True)]),

S("li-0291", True, "Sam accepted an invitation from a conference organiser, who then messages about a panel and Sam replies; she proposes a call time.",
  "ask_call first_contact reciprocity",
  {"a": li("Yewande Adebayo")},
  [net("a", [
      ("a", "-6d 09:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-5d 10:00", "Thanks for accepting Sam! I'm curating the pricing panel at SaaS Connect Lagos (virtual option available). Would you join as a panellist?"),
      (ME, "+3h", "Thanks Yewande, sounds interesting. Remote would work best for me."),
      ("a", "-1d 14:00", "Remote is perfect. Could we do a 20-min call Wednesday to brief you on the other panellists?"),
  ], focus=True)]),

S("li-0292", True, "A former client from four years ago returns with a new role and a concrete project, proposing a call.",
  "reengagement ask_call",
  {"a": li("Bartholomew Quint")},
  [dm(L, "a", [
      ("a", "-1400d 10:00", "Thanks Sam, the new tiers are live!"),
      ("a", "-2d 09:00", "Sam, long time! I've just joined a logistics company as CCO and our pricing is where Stackwell's was before you came in. I'd like to bring you in again. Call next week?"),
  ], focus=True)]),

S("li-0293", True, "In Spanish, a Bogotá e-commerce founder asks Sam for a quote to redesign their shipping fees.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Valentina Restrepo")},
  [dm(L, "a", [
      ("a", "-2d 14:30", "Hola Sam, soy fundadora de una tienda online de café en Bogotá. Nuestros costos de envío se comen el margen y no sabemos cómo cobrarlos sin perder ventas. ¿Nos podrías pasar una cotización para un proyecto corto? Podemos hablar por videollamada cuando te venga bien."),
  ], focus=True)]),

S("li-0294", True, "In Spanish, an invitation note from a Madrid consultancy partner proposes collaborating on a joint offer and grabbing a coffee.",
  "ask_meeting first_contact non_english lang_es",
  {"a": li("Íñigo Berasategui")},
  [net("a", [
      ("a", "-3d 11:00", "Hola Sam, dirijo una consultora de estrategia en Madrid. Creo que podríamos montar una oferta conjunta de pricing para clientes industriales. ¿Un café cuando pases por Madrid o una llamada antes?"),
  ], focus=True)]),

S("li-0295", True, "In French, an association of independent bookshops asks Sam to speak at their congress and to talk by phone.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Hélène Courtois")},
  [dm(L, "a", [
      ("a", "-2d 10:20", "Bonjour Sam, je coordonne le congrès annuel des librairies indépendantes (Bordeaux, novembre). Nous aimerions vous inviter pour une intervention de 40 minutes sur la fixation des prix des services (ateliers, abonnements). Pourrions-nous en parler par téléphone la semaine prochaine ?"),
  ], focus=True)]),

S("li-0296", True, "In German, a manufacturer asks for a quote for a pricing workshop for its sales team.",
  "ask_rates first_contact non_english lang_de",
  {"a": li("Dr. Matthias Kronberger")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Guten Tag Herr Rivera, wir sind ein Maschinenbauer aus Linz mit 12 Vertriebsmitarbeitern. Wir möchten einen eintägigen Workshop zu Preisverhandlung und Rabattdisziplin. Können Sie uns ein Angebot machen? Gern auch vorab ein kurzes Gespräch."),
  ], focus=True)]),

S("li-0297", True, "In Portuguese, a Lisbon startup founder messages after meeting Sam at a meetup and proposes a coffee about their pricing.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": li("Inês Valadas")},
  [dm(L, "a", [
      ("a", "-1d 18:00", "Olá Sam, foi ótimo conhecer-te ontem no meetup! Como te contei, estamos a lançar o nosso plano para empresas e ainda não sabemos como cobrar. Tomamos um café esta semana? Eu vou ter contigo onde der mais jeito."),
  ], focus=True)]),

# ---- negatives
S("li-0298", False, "A recruiter sends a templated InMail about an 'exciting opportunity' and asks for a quick call.",
  "recruiter_template promotional first_contact keyword_trap",
  {"a": li("Chelsea Dunmore")},
  [dm(L, "a", [
      ("a", "-2d 09:00", "Hi Sam, I came across your profile and was really impressed by your background. I'm working on an exciting opportunity with a fast-growing client that I think aligns perfectly with your experience. Do you have 15 minutes for a quick call this week?"),
  ], focus=True)]),

S("li-0299", False, "A sponsored InMail with an unfilled placeholder invites Sam to a webinar.",
  "automated promotional first_contact",
  {"a": P("CloudLedger Events", li="")},
  [dm(L, "a", [
      ("a", "-1d 12:00", "Hi %FIRSTNAME%, join our live webinar 'Finance automation in 2026' on Thursday. Reserve your seat: cloudledger.example/webinar"),
  ], focus=True)]),

S("li-0300", False, "An invitation with no note.",
  "no_message first_contact",
  {"a": li("Torben Lykke")},
  [net("a", [
      ("a", "-1d 11:00", ""),
  ], focus=True)]),

S("li-0301", False, "Right after Sam accepts, the new connection pitches an outsourced SDR service with a call link.",
  "promotional first_contact keyword_trap",
  {"a": li("Ashton Pryce")},
  [net("a", [
      ("a", "-4d 10:00", ""),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 12:05", "Thanks for connecting, Sam! Quick one: we book 10+ qualified meetings a month for consultants with our SDR team. Worth a 15-min chat? Grab a slot: calendly.example/ashton"),
  ], focus=True)]),

S("li-0302", False, "A connection sends a prefilled work-anniversary congratulation.",
  "automated small_talk",
  {"a": li("Beatrix Hollingsworth")},
  [net("a", [
      ("a", "-600d 10:00", ""),
      (ME, "+1d", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 09:00", "Congrats on your work anniversary!"),
  ], focus=True)]),

S("li-0303", False, "A comment thread under Sam's post with congratulations on the book's first year.",
  "small_talk thanks_only reciprocity first_contact",
  {"a": li("Nkechi Ugwu"), "b": li("Fergus Dalgliesh")},
  [th(L, [
      (ME, "-2d 08:00", "A year ago today the book came out. Thank you to every reader who wrote to me."),
      ("a", "+1h", "Congratulations Sam! Still my most recommended book."),
      ("b", "+30m", "Congrats! 🎉"),
      (ME, "+2h", "Thank you both!"),
  ], focus=True)]),

S("li-0304", False, "Someone tags Sam among a dozen people in a post announcing conference speakers.",
  "mass_mention promotional",
  dict(crowd(13, 97), a=li("Priscilla Wainwright")),
  [th(L, [
      ("a", "-2d 10:00", "Thrilled to announce our speaker line-up for Revenue Summit 2026! 🎤 Get your tickets now.", {"at": ats(13)}),
  ], focus=True)]),

S("li-0305", False, "A coach offers Sam a 'free discovery call' to build his personal brand.",
  "promotional first_contact keyword_trap",
  {"a": li("Skye Montgomery")},
  [dm(L, "a", [
      ("a", "-3d 08:30", "Hi Sam! I help consultants become LinkedIn Top Voices in 90 days. I noticed your posts get good engagement but could reach 10x more. Would you be open to a free discovery call?"),
  ], focus=True)]),

S("li-0306", False, "A product lead asked for a call, had it, and wrote to thank Sam; closed.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": li("Hendrik Vos")},
  [dm(L, "a", [
      ("a", "-11d 10:00", "Hi Sam, could we have a 30-min call about usage-based pricing?"),
      (ME, "+2h", "Sure, Friday 10:00 CET?"),
      ("a", "+20m", "Perfect."),
      ("a", "-6d 13:00", "Thank you for the call on Friday, very helpful. We'll take it from here!"),
  ], focus=True)]),

S("li-0307", False, "A company asked Sam for a proposal and then chose another consultant; declined.",
  "closed declined ask_rates reciprocity first_contact",
  {"a": li("Louisa Fairbanks")},
  [dm(L, "a", [
      ("a", "-15d 10:00", "Hi Sam, could you send a proposal for a pricing review of our marketplace?"),
      (ME, "+1d", "Hi Louisa, attached. Happy to discuss."),
      ("a", "-3d 16:00", "Thank you Sam. After review we've gone with another consultant who is based in our office city. Best of luck!"),
  ], focus=True)]),

S("li-0308", False, "An invitation note asking for a call is from eight months ago and nobody followed up.",
  "stale ask_call first_contact",
  {"a": li("Osvaldo Pereira-Lima")},
  [net("a", [
      ("a", "-240d 10:00", "Hi Sam, I'd love to set up a call about pricing for our SaaS. Let me know!"),
  ], focus=True)]),

S("li-0309", False, "Sam invited a former colleague with a note proposing coffee and got no reply.",
  "owner_only stale ask_meeting",
  {"a": li("Winifred Ashdown")},
  [net("a", [
      (ME, "-80d 10:00", "Hi Winnie, long time! Coffee next time you're in Lisbon?"),
  ], focus=True)]),

S("li-0310", False, "A commenter calls Sam's post 'consultant nonsense' and asks whether he calls himself an expert.",
  "hostile keyword_trap first_contact",
  {"a": li("Garrick Stoddart")},
  [th(L, [
      (ME, "-1d 08:00", "Discounts are a tax on your best customers."),
      ("a", "+3h", "Consultant nonsense. Ever run a real business? And you call yourself a pricing expert?"),
  ], focus=True)]),

S("li-0311", False, "A one-line question about which slide tool Sam used, answered in a line, ended with thanks.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": li("Pooja Raghavan")},
  [th(L, [
      (ME, "-2d 09:00", "Slides from yesterday's talk on price increases, free to download."),
      ("a", "+1h", "Lovely slides, what tool did you use?"),
      (ME, "+20m", "Keynote, with the default template."),
      ("a", "+5m", "Thanks!"),
  ], focus=True)]),

S("li-0312", False, "A LinkedIn notification-style group invitation with no personal message.",
  "automated mass_mention",
  dict(crowd(11, 101), a=li("Revenue Leaders Network")),
  [th(L, [
      ("a", "-1d 10:00", "Join the Revenue Leaders Network group: 12,000 members discussing pricing, sales and growth. Welcome to our new invitees!", {"at": ats(11)}),
  ], focus=True)]),

S("li-0313", False, "A former classmate resurfaces to sell Sam life insurance and proposes a call.",
  "promotional reengagement keyword_trap",
  {"a": li("Dominic Faraday")},
  [dm(L, "a", [
      ("a", "-1500d 12:00", "Great reunion!"),
      ("a", "-2d 10:00", "Sam! Hope all's well. I'm now advising self-employed professionals on income protection and life cover. Given you're freelance, worth a quick call to check you're covered?"),
  ], focus=True)]),

S("li-0314", False, "An 'introduction' from a known contact is a software vendor who immediately pitches a demo.",
  "introduction promotional keyword_trap",
  {"k": li("Rupert Ellsworth"), "n": li("Tamsin Kearney")},
  [dm(L, "k", [
      ("k", "-300d 10:00", "Good to see you at the summit."),
  ]),
   dm(L, "k n", [
      ("k", "-3d 10:00", "Sam, meet Tamsin from PriceForge. Thought you two should connect."),
      ("n", "+1h", "Hi Sam! PriceForge automates competitor price tracking for consultants' clients. I'd love to give you a 20-min demo and discuss a referral partnership. When works?"),
  ], focus=True)]),

S("li-0315", False, "In Spanish, a recruiter's template InMail about a role in Madrid asks for a quick call.",
  "recruiter_template promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Nerea Castaño")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Hola Sam, he revisado tu perfil y creo que encajarías perfectamente en una posición muy interesante para una empresa líder del sector. ¿Tienes 15 minutos esta semana para una llamada rápida?"),
  ], focus=True)]),

S("li-0316", False, "In Spanish, an old client's warm message is only congratulations on Sam's new course.",
  "small_talk non_english lang_es",
  {"a": li("Patricio Olazábal")},
  [dm(L, "a", [
      ("a", "-500d 10:00", "Gracias por todo, Sam."),
      ("a", "-2d 09:00", "¡Enhorabuena por el nuevo curso, Sam! Se lo he recomendado a mi equipo. Un abrazo."),
  ], focus=True)]),

S("li-0317", False, "In French, an invitation with an empty note, from a stranger.",
  "no_message first_contact non_english lang_fr",
  {"a": li("Aurélien Mercadier")},
  [net("a", [
      ("a", "-2d 10:00", ""),
      (ME, "+1h", "", "connection"),
  ], focus=True)]),

S("li-0318", False, "In French, a software vendor asks Sam for a 'visio' to show its pricing tool; a demo pitch.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Clothilde Rambert")},
  [dm(L, "a", [
      ("a", "-1d 10:00", "Bonjour Sam, notre solution TarifPro aide les consultants à générer des devis en 2 clics. Seriez-vous disponible pour une visio de 20 minutes afin que je vous fasse une démo ?"),
  ], focus=True)]),

S("li-0319", False, "In French, a commenter thanks Sam in one line under his post.",
  "thanks_only first_contact non_english lang_fr",
  {"a": li("Yannick Poirier")},
  [th(L, [
      (ME, "-1d 09:00", "Trois questions à se poser avant toute hausse de prix."),
      ("a", "+2h", "Merci Sam, très clair."),
  ], focus=True)]),

S("li-0320", False, "In German, a journalist asked for a phone interview two months ago and the thread went quiet after Sam replied; stale.",
  "stale ask_call reciprocity first_contact non_english lang_de",
  {"a": li("Cornelia Wendt")},
  [dm(L, "a", [
      ("a", "-65d 10:00", "Guten Tag Herr Rivera, ich schreibe für ein Handelsblatt-Dossier über Preiserhöhungen. Hätten Sie Zeit für ein kurzes Telefonat?"),
      (ME, "+3h", "Gern, Donnerstag oder Freitag passt mir."),
  ], focus=True)]),

S("li-0321", False, "In German, a prefilled birthday wish from a connection.",
  "automated small_talk non_english lang_de",
  {"a": li("Klaus-Peter Mehring")},
  [dm(L, "a", [
      ("a", "-1d 08:00", "Alles Gute zum Geburtstag!"),
  ], focus=True)]),

S("li-0322", False, "In Portuguese, an agency asked Sam to speak, Sam said he's unavailable that month, and they said no problem.",
  "closed declined reciprocity first_contact non_english lang_pt",
  {"a": li("Filomena Carreira")},
  [dm(L, "a", [
      ("a", "-7d 10:00", "Olá Sam, gostávamos de o convidar para falar no nosso evento a 12 de julho. Tem disponibilidade?"),
      (ME, "+4h", "Olá Filomena, obrigado pelo convite, mas em julho estou fora. Fica para uma próxima!"),
      ("a", "+1h", "Sem problema, fica para a próxima. Boas férias!"),
  ], focus=True)]),

S("li-0323", False, "In Portuguese, a business-loan broker writes a generic offer of credit and a call.",
  "promotional spam first_contact keyword_trap non_english lang_pt",
  {"a": li("Crédito Rápido Empresas")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Olá! Precisa de financiamento para o seu negócio? Crédito até 50.000€ aprovado em 48h, sem burocracia. Marque já uma chamada gratuita com um dos nossos consultores!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 7: an ordinary month, typed the way people type
S("li-0324", True, "An invitation note, all lowercase, from a fintech's head of revenue asks for 20 minutes before they redo their SME pricing.",
  "ask_call first_contact",
  {"a": li("Cormac Delahunt")},
  [net("a", [
      ("a", "-1d 17:00", "hi sam - head of revenue at a 40-person fintech in dublin. we're about to redo pricing for our sme plans and your posts keep landing in my feed. would love 20 min if you're open to it"),
  ], focus=True)]),

S("li-0325", True, "A children's hospital foundation's events lead writes a long message about their gala tickets and, in the middle, asks whether Sam is open to a conversation and to helping.",
  "ask_chat ask_help indirect_ask first_contact",
  {"a": li("Ottilie Fennimore")},
  [dm(L, "a", [
      ("a", "-2d 11:20", "Dear Sam, I'm head of events at the St Brendan's Children's Hospital Foundation. Every November we run a gala dinner for 400 guests, and last year we sold tables at €2,500 and single tickets at €250 and still had 60 empty seats, while the auction raised more than the tickets did. I've been reading your posts on anchoring and I suspect we've had it the wrong way round. Would you be open to a conversation about it, and possibly helping us restructure the ticket tiers for this year? For context, our board meets on the 20th and I'd love to bring them something concrete. The foundation funds the hospital's play specialists and parent accommodation, so every euro matters. Thank you for reading this far!"),
  ], focus=True)]),

S("li-0326", True, "Sam's former manager, silent for four years, has started a consultancy for vet practices and proposes a paid partnership over a call or lunch in Lisbon.",
  "reengagement ask_call ask_meeting",
  {"a": li("Gregor Halloran")},
  [dm(L, "a", [
      ("a", "-1500d 17:00", "Sam, all the best for the independent adventure. You'll do brilliantly."),
      (ME, "+2h", "Thank you Gregor, for everything."),
      ("a", "-3d 08:45", "Sam! long time no speak. I've started a small consultancy for veterinary practices (the animal kind 🐶) and clients keep asking about pricing their consults and vaccination plans. Would you be up for partnering on the first few, paid of course? Happy to do a call this week, or lunch next time I'm in Lisbon (end of the month)."),
  ], focus=True)]),

S("li-0327", True, "A UX-studio owner argues a point under Sam's post, Sam answers quickly, and she then messages asking to run a proposal draft by him, paid.",
  "ask_feedback first_contact reciprocity many_turns",
  {"a": li("Anjali Deshmukh")},
  [th(L, [
      (ME, "-4d 08:30", "A proposal with three options isn't manipulation. It's respect: you let the client choose how much help they want."),
      ("a", "+2h", "Agree in principle, but in my experience clients just pick the cheapest of three. How do you stop the low option becoming the default?"),
      (ME, "+25m", "Make the low option genuinely smaller in scope, not just cheaper. If it's the same work for less, everyone picks it."),
      ("a", "+15m", "That's exactly our problem. Let me message you."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 10:05", "Hi Sam, Anjali from the comments. I run a 9-person UX studio and we rewrote our proposal template with three options. Could I run a draft by you? Happy to pay your hourly rate, I just want a second pair of eyes before it goes to a big client next week."),
  ], focus=True)]),

S("li-0328", True, "A former client introduces her new HR director, who takes it up and asks for a call about hiring their first pricing manager.",
  "introduction first_contact ask_call ask_help",
  {"k": li("Ana Lúcia Barros"), "n": li("Tobias Brennecke")},
  [dm(L, "k", [
      ("k", "-220d 09:00", "Thanks for the session with the sales team, Sam, they're still talking about it."),
      (ME, "+4h", "My pleasure Ana!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 14:00", "Sam, meet Tobias, our new HR director. He's hiring our first pricing manager and I told him nobody knows better what to look for. Tobias, Sam."),
      ("n", "+1h", "Thanks Ana! Hi Sam, great to e-meet you. I've never hired for pricing and the CVs all look the same to me. Would you have time for a quick call about what to look for and which interview questions actually work? Happy to compensate your time."),
  ], focus=True)]),

S("li-0329", True, "A Marvila coworking owner asks on LinkedIn and, the next day, on Facebook to meet for coffee about redoing her membership plans.",
  "cross_platform first_contact ask_meeting",
  {"a": P("Mafalda Correia", li=True)},
  [dm(L, "a", [
      ("a", "-2d 09:20", "Hi Sam, I run Oficina 23, a coworking space in Marvila (40 desks). We're redoing our membership plans and one of our members recommended you. Could we meet for a coffee here one morning? I'll show you the numbers."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-1d 18:40", "Hi Sam! Mafalda from Oficina 23, I sent you a message on LinkedIn too, not sure which one you check 🙂 any morning next week works for coffee!"),
  ], focus=True)]),

S("li-0330", True, "A conference programmer invites Sam to close a pricing track, trades fast replies about dates, and asks to lock in a briefing call.",
  "ask_call first_contact reciprocity many_turns fast_reply",
  {"a": li("Yusuf Demirkol")},
  [dm(L, "a", [
      ("a", "-3d 10:00", "Hi Sam, I'm programming the pricing track at SaaSFest Istanbul (October, ~1,500 attendees). Would you give the closing talk of the track? We cover travel and a speaker fee."),
      (ME, "+12m", "Hi Yusuf, thanks, that sounds great. Which dates exactly, and how long is the slot?"),
      ("a", "+6m", "8-9 October, your slot would be 30 min + 10 Q&A on the 9th."),
      (ME, "+9m", "That works for me."),
      ("a", "+4m", "Fantastic! Could we lock in a 15 min call on Thursday to go through the run of show and your topic?"),
  ], focus=True)]),

S("li-0331", True, "After Sam accepts her invitation, an MBA student asks for a 20-minute interview for her thesis on subscription pricing in news media.",
  "ask_call first_contact",
  {"a": li("Beatriz Quaresma")},
  [net("a", [
      ("a", "-5d 11:00", "Hi Sam, MBA student at Nova, writing my thesis on subscription pricing in news media. Would love to connect."),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-4d 09:30", "Thanks for accepting! 🙂 Would you be open to a 20-min interview for the thesis? I'm collecting practitioners' views and yours would be super valuable. Any time in the next two weeks, online is perfect."),
  ], focus=True)]),

S("li-0332", True, "A B2B podcast host asks, casually and with 'lmk', whether Sam will come on the show and mentions the usual short intro call.",
  "ask_call first_contact",
  {"a": li("Hugo Fairclough")},
  [dm(L, "a", [
      ("a", "-2d 12:15", "hey sam – i host The Margin, a podcast for B2B founders (~12k downloads/ep). would u be up for coming on to talk packaging and price increases? we record remotely and usually do a 10 min intro call first so we don't waste your time. lmk!"),
  ], focus=True)]),

S("li-0333", True, "In Portuguese, a journalist writing about café prices in Lisbon asks for ten minutes on the phone before her Friday deadline.",
  "ask_call first_contact non_english lang_pt",
  {"a": li("Catarina Quintas")},
  [dm(L, "a", [
      ("a", "-1d 16:00", "Olá Sam, sou jornalista no Semanário Mercado e estou a preparar um artigo sobre a subida dos preços nos cafés de Lisboa (a bica a 1€ já era...). Podemos falar 10 minutos ao telefone amanhã ou quinta? Fecho o texto na sexta."),
  ], focus=True)]),

S("li-0334", True, "A billing company's research lead asks Sam to co-author their annual pricing benchmark for a fee and asks for a chat about scope.",
  "ask_chat first_contact",
  {"a": li("Lars Øverland")},
  [dm(L, "a", [
      ("a", "-3d 13:40", "Hi Sam, I lead research at Billwise (subscription billing). Every year we publish a pricing benchmark from ~2,000 anonymised SaaS companies, and this year we'd like an independent expert to co-author the analysis, with a fee and full credit. Would you be up for a chat about scope and timing?"),
  ], focus=True)]),

S("li-0335", True, "An NGO that trains refugee women as cooks asks whether Sam would consider helping price its catering business, pro bono or at a reduced rate.",
  "ask_help indirect_ask first_contact",
  {"a": li("Adaeze Nwosu-Ribeiro")},
  [dm(L, "a", [
      ("a", "-2d 17:30", "Hi Sam, I'm programme lead at Mesa Aberta, an NGO that trains refugee women as cooks. Our catering social enterprise now covers 40% of our costs, but we set the prices two years ago by guessing and corporate clients keep telling us we're cheap. Is that something you'd consider helping with, pro bono or at a reduced rate? Even one hour with our team would make a difference."),
  ], focus=True)]),

S("li-0336", True, "In Chilean Spanish, over two messages, a dental-software founder asks for Sam's rate to review their plans and suggests a video call.",
  "ask_rates ask_call first_contact non_english lang_es",
  {"a": li("Matías Irarrázaval")},
  [dm(L, "a", [
      ("a", "-2d 15:40", "Hola Sam, cómo estás? te sigo hace rato y tus posts sobre packaging nos han servido caleta"),
      ("a", "+2m", "somos una startup de software para clínicas dentales en santiago, 30 clientes, y queremos pasar de precio único a planes. cuál sería tu tarifa por una revisión de nuestros planes? y si te tinca lo conversamos por meet esta semana o la próxima"),
  ], focus=True)]),

S("li-0337", True, "In French, the sales director of a Swiss watch workshop asks for a paid phone conversation about pricing a made-to-order line.",
  "ask_call ask_help first_contact non_english lang_fr",
  {"a": li("Raphaël Monnier")},
  [dm(L, "a", [
      ("a", "-2d 08:10", "Bonjour Monsieur Rivera, je suis directeur commercial d'un atelier horloger à La Chaux-de-Fonds (18 personnes). Nous lançons une ligne de montres sur mesure et hésitons entre un prix fixe par modèle et un devis à la carte. Seriez-vous disponible pour un échange téléphonique la semaine prochaine ? Nous serions évidemment heureux de rémunérer votre temps."),
  ], focus=True)]),

S("li-0338", True, "In French, a former agency colleague silent for three years asks Sam to co-teach a paid pricing module, and they are setting up a video call for next Wednesday.",
  "reengagement ask_call reciprocity non_english lang_fr",
  {"a": li("Clémence Hardouin")},
  [dm(L, "a", [
      ("a", "-1100d 18:00", "Bon vent pour la suite Sam !! Tu vas nous manquer à l'agence 😢"),
      ("a", "-3d 09:10", "Salut Sam ! ça fait un bail 😊 je monte des formations pour les indépendants à Nantes (avec la CCI) et il nous manque un module sur les tarifs. Tu serais partant pour le co-animer avec moi ? c'est rémunéré. On se fait une visio la semaine prochaine pour en parler ?"),
      (ME, "+2h", "Salut Clémence ! Avec plaisir, ça me fait super plaisir d'avoir de tes nouvelles. Mardi ou mercredi ?"),
      ("a", "+20m", "mercredi 10h ? je t'envoie un lien 🙌"),
  ], focus=True)]),

S("li-0339", True, "In German, a Munich startup founder writes on Twitter and two days later on LinkedIn asking for a paid call about changing their pricing model.",
  "cross_platform first_contact ask_call non_english lang_de",
  {"a": P("Leopold Wanninger", tw="leo_wanninger", li=True)},
  [dm(L, "a", [
      ("a", "-1d 10:30", "Hallo Sam, ich hatte dir schon auf Twitter geschrieben, aber hier ist's vielleicht besser: wir sind ein Münchner Startup (B2B-Software für Handwerksbetriebe) und wollen im Herbst unsere Preise umstellen. Hättest du nächste Woche Zeit für ein Telefonat? Gern gegen Honorar."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-3d 19:50", "hi sam, kurze frage: machst du auch beratung für b2b saas? wir überlegen gerade unser preismodell umzubauen. würde mich über ein kurzes gespräch freuen!"),
  ], focus=True)]),

# ---- negatives
S("li-0340", False, "A recruiter's template message about a senior commercial role 'in the consumer goods space' asks for a brief call.",
  "recruiter_template promotional first_contact keyword_trap",
  {"a": li("Gemma Pritchard-Lowe")},
  [dm(L, "a", [
      ("a", "-2d 09:05", "Hi Sam, I hope this message finds you well! I'm reaching out because your profile really stood out to me. I'm currently partnering with a leading organisation in the consumer goods space on a senior commercial role, and I believe your background could be a great fit. Would you be open to a brief call this week to explore?"),
  ], focus=True)]),

S("li-0341", False, "A recruiter writes casually about a full-time Head of Pricing job and asks for a quick chat; a role pitch, not a client.",
  "recruiter_template promotional first_contact keyword_trap",
  {"a": li("Tyler Brannock")},
  [dm(L, "a", [
      ("a", "-1d 15:30", "hey sam 👋 not sure if you're open to new roles but we've got a Head of Pricing gig at a Series B fintech, €160-180k + equity, hybrid lisbon. up for a quick chat?"),
  ], focus=True)]),

S("li-0342", False, "Right after Sam accepts an invitation, the new connection sends an automated welcome with a link to a free playbook.",
  "automated promotional first_contact",
  {"a": li("Brock Hendley")},
  [net("a", [
      ("a", "-3d 08:00", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 12:01", "Thanks for connecting, Sam! 🙌 I share a daily tip on B2B outbound. Here's my free playbook (42 pages): outboundplaybook.example/free. Enjoy!"),
  ], focus=True)]),

S("li-0343", False, "A newsletter edition notification from a growth newsletter Sam never subscribed to.",
  "automated promotional first_contact",
  {"a": P("Growth Weekly", li="")},
  [dm(L, "a", [
      ("a", "-1d 07:30", "📬 New edition of Growth Weekly: 'Why your pricing page is costing you leads'. Read now and subscribe for Tuesday updates."),
  ], focus=True)]),

S("li-0344", False, "An invitation without a note, accepted by Sam; nothing was said.",
  "no_message first_contact",
  {"a": li("Ivo Stojanović")},
  [net("a", [
      ("a", "-2d 09:00", ""),
      (ME, "+6h", "", "connection"),
  ], focus=True)]),

S("li-0345", False, "A connection sends the pre-filled work-anniversary congratulation and Sam thanks her.",
  "automated small_talk reciprocity",
  {"a": li("Harriet Blythe-Morgan")},
  [net("a", [
      ("a", "-700d 10:00", ""),
      (ME, "+1d", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 08:30", "Congrats on 7 years at Rivera Pricing!"),
      (ME, "+2h", "Thanks Harriet!"),
  ], focus=True)]),

S("li-0346", False, "A stranger comments 'congrats, great ep' under Sam's post about a podcast appearance.",
  "small_talk first_contact",
  {"a": li("Sunita Bhardwaj")},
  [th(L, [
      (ME, "-2d 09:00", "Had a great time on the Cashflow Coffee podcast talking about price increases for agencies. Link in the comments."),
      ("a", "+1h", "congrats sam! great ep 👏"),
  ], focus=True)]),

S("li-0347", False, "A '15 pricing voices to follow' post tags Sam among fifteen people.",
  "mass_mention small_talk",
  dict(crowd(15, 179), a=li("Nils Åkerlund")),
  [th(L, [
      ("a", "-1d 10:00", "🔥 15 pricing voices worth following this year (in no particular order). Who did I miss? 👇", {"at": ats(15)}),
  ], focus=True)]),

S("li-0348", False, "A commenter answers Sam's post with 'brave take, next week: water is wet'; sarcasm.",
  "hostile first_contact",
  {"a": li("Desmond Pryor")},
  [th(L, [
      (ME, "-1d 08:00", "If your price has never made a prospect wince, it's too low."),
      ("a", "+2h", "Brave take. Next week: water is wet. 🙃 Some of us sell to customers with actual budgets."),
  ], focus=True)]),

S("li-0349", False, "A 'fellow Lisbon consultant' offers coffee, but he sells LinkedIn lead-generation systems to consultants; a personal-sounding pitch.",
  "promotional first_contact keyword_trap",
  {"a": li("Rafe Carvalho-Stone")},
  [dm(L, "a", [
      ("a", "-2d 16:20", "Hey Sam, fellow Lisbon consultant here 👋 I run a small agency that builds LinkedIn lead systems for solo consultants (most of my clients are at 3-5 new calls a week now). Open to a coffee? I'm in Príncipe Real most days and it's on me."),
  ], focus=True)]),

S("li-0350", False, "A startup asks for '15 min of feedback' on its AI pricing-page tool, to be walked through live; a demo pitch.",
  "promotional first_contact keyword_trap",
  {"a": li("Noemi Castellari")},
  [dm(L, "a", [
      ("a", "-3d 11:45", "Hi Sam, loved your post on good-better-best packaging. We just launched Tierly, an AI tool that builds pricing pages from your product data. Would you give us 15 min of feedback? I'll walk you through it live."),
  ], focus=True)]),

S("li-0351", False, "A CFO asked for a sanity-check call before a board meeting, had it, and thanked Sam; closed.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": li("Wilhelmina Stroud")},
  [dm(L, "a", [
      ("a", "-8d 10:00", "Hi Sam, would you have 30 min this week? Our board wants a price rise and I'd like a sanity check before I present."),
      (ME, "+1h", "Happy to. Thursday 9:00 Lisbon?"),
      ("a", "+20m", "Perfect, sending an invite."),
      ("a", "-5d 11:30", "Thanks again for the call this morning, super useful. I'll take it from here and send the deck to the board next week."),
  ], focus=True)]),

S("li-0352", False, "Someone asks which language the June workshop is in, Sam answers, and she says she has registered; settled.",
  "trivial_question reciprocity first_contact",
  {"a": li("Kenta Hoshino")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Hi Sam, is the June workshop in English or Portuguese?"),
      (ME, "+30m", "English, with Q&A in either."),
      ("a", "+10m", "perfect, just registered. see you there!"),
  ], focus=True)]),

S("li-0353", False, "Two months ago an invitation asked for a quote, Sam accepted and asked for details, and there was no answer; stale.",
  "stale ask_rates reciprocity first_contact",
  {"a": li("Margot Ellingham")},
  [net("a", [
      ("a", "-60d 09:00", "Hi Sam, we'd like a quote for a pricing review of our online courses. Can we connect?"),
      (ME, "+1d", "", "connection"),
  ], focus=True),
   dm(L, "a", [
      (ME, "-59d 11:00", "Hi Margot, thanks for reaching out! Could you tell me a bit more about the courses and your current prices?"),
  ], focus=True)]),

S("li-0354", False, "Sam commented on someone's post ten weeks ago suggesting they compare notes over coffee; no reply.",
  "owner_only stale ask_meeting ask_chat",
  {"a": li("Irene Vaszary")},
  [th(L, [
      (ME, "-70d 10:00", "Great post, Irene. I'd love to compare notes on freemium limits sometime, coffee when you're next in Lisbon?"),
  ], focus=True, root="a")]),

S("li-0355", False, "A product lead says she was about to ask for a call but her CEO has just hired a pricing lead, so they are covered; withdrawn.",
  "closed ask_call first_contact",
  {"a": li("Thea Cranmore")},
  [dm(L, "a", [
      ("a", "-3d 16:00", "Hi Sam, I was about to ask you for a call about our pricing, but our CEO has just hired a full-time pricing lead, so we're covered for now. Thanks anyway, and keep the posts coming!"),
  ], focus=True)]),

S("li-0356", False, "In Spanish, a commenter says the topic came up in her weekly team 'llamada' and she is sharing the post; no ask.",
  "keyword_trap first_contact non_english lang_es",
  {"a": li("Ximena Valdivieso")},
  [th(L, [
      (ME, "-1d 09:00", "Si tu equipo comercial puede hacer descuentos sin pedir permiso, no tienes una política de precios. Tienes una sugerencia."),
      ("a", "+3h", "Excelente post. Justo hoy en la llamada semanal con mi equipo salió este tema, lo comparto 👏"),
  ], focus=True)]),

S("li-0357", False, "In Spanish, a coach offers Sam a free 30-minute 'sesión de descubrimiento' to grow his client pipeline.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Gonzalo Rebollo")},
  [dm(L, "a", [
      ("a", "-2d 10:40", "Hola Sam 👋 Ayudo a consultores a pasar de 5k a 20k al mes con un sistema de captación en LinkedIn. He visto tu perfil y creo que tienes mucho potencial. ¿Te gustaría agendar una sesión de descubrimiento gratuita de 30 minutos?"),
  ], focus=True)]),

S("li-0358", False, "In French, an insurance adviser proposes a 15-minute phone appointment about income protection for the self-employed.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": li("Arnaud Vasseur")},
  [dm(L, "a", [
      ("a", "-1d 09:15", "Bonjour M. Rivera, en tant qu'indépendant, êtes-vous certain d'être bien couvert en cas d'arrêt de travail ? Je vous propose un rendez-vous téléphonique de 15 minutes pour faire le point, sans engagement."),
  ], focus=True)]),

S("li-0359", False, "In French, a founder asked for a video call, had it, and thanks Sam and says which price they chose; closed.",
  "closed thanks_only ask_call reciprocity first_contact non_english lang_fr",
  {"a": li("Sandrine Lefebvre-Caron")},
  [dm(L, "a", [
      ("a", "-9d 10:00", "Bonjour Sam, auriez-vous 30 minutes pour une visio cette semaine ? Nous hésitons sur le prix de notre nouvelle offre."),
      (ME, "+2h", "Bonjour Sandrine, avec plaisir, jeudi 14h ?"),
      ("a", "+15m", "Parfait, merci !"),
      ("a", "-5d 17:00", "Merci encore pour l'échange de cet après-midi, c'était très éclairant. On part sur la formule à 49 € comme vous le suggériez."),
  ], focus=True)]),

S("li-0360", False, "In German, a recruiter's template about a Head of Pricing role 'bei einem renommierten Kunden' asks for a short call.",
  "recruiter_template promotional first_contact keyword_trap non_english lang_de",
  {"a": li("Jana Brückner")},
  [dm(L, "a", [
      ("a", "-2d 08:50", "Hallo Herr Rivera, Ihr Profil hat mich sehr angesprochen! Für einen renommierten Kunden aus dem Mittelstand suche ich aktuell eine/n Head of Pricing (m/w/d). Hätten Sie Zeit für ein kurzes, unverbindliches Telefonat?"),
  ], focus=True)]),

S("li-0361", False, "In German, a commenter congratulates Sam on the German edition of his book and Sam thanks him.",
  "small_talk reciprocity first_contact non_english lang_de",
  {"a": li("Ulrich Bachmeier")},
  [th(L, [
      (ME, "-3d 09:00", "Heute erscheint die deutsche Ausgabe meines Buchs. Danke an alle, die mitgeholfen haben!"),
      ("a", "+2h", "Glückwunsch zum Buch, Sam! Freu mich aufs Lesen 📖"),
      (ME, "+1h", "Danke dir, Ulrich!"),
  ], focus=True)]),

S("li-0362", False, "In Portuguese, a gym chain asked for a proposal, Sam sent it, and they chose a consultancy already working with the group; declined.",
  "closed declined ask_rates reciprocity first_contact non_english lang_pt",
  {"a": li("Duarte Albergaria")},
  [dm(L, "a", [
      ("a", "-12d 10:00", "Olá Sam, pode enviar-nos uma proposta para rever os preços da nossa rede de ginásios?"),
      (ME, "+1d", "Olá Duarte, segue em anexo. Fico disponível para falarmos."),
      ("a", "-4d 15:30", "Obrigado Sam. Decidimos avançar com uma consultora que já trabalha com o grupo. Fica para uma próxima!"),
  ], focus=True)]),

S("li-0363", False, "In Portuguese, a commenter says he will take Sam's post to tomorrow's team 'reunião'; the meeting is his own.",
  "keyword_trap first_contact non_english lang_pt",
  {"a": li("Nuno Calado")},
  [th(L, [
      (ME, "-1d 08:30", "Três sinais de que está na altura de subir preços (e um de que não está)."),
      ("a", "+2h", "Vou levar isto para a reunião de equipa de amanhã 👏 obrigado!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 8: the signal list, one signal at a time
S("li-0364", True, "An invitation note from the finance director of a cold-chain logistics firm describes a surcharge problem and asks to set up a call.",
  "ask_call first_contact",
  {"a": li("Radomir Kostadinov")},
  [net("a", [
      ("a", "-2d 08:00", "Hi Sam, I'm FD at a refrigerated-transport company (90 trucks). Our fuel and energy surcharges have become a mess of one-off deals and clients are pushing back. I'd like to talk about bringing you in. Could we set up a call?"),
  ], focus=True)]),

S("li-0365", True, "Sam's former manager, silent for six years, proposes a paid advisory role at his new company and suggests lunch when he is in Lisbon.",
  "reengagement ask_meeting",
  {"a": li("Anders Lykkeberg")},
  [dm(L, "a", [
      ("a", "-2250d 16:00", "Sam, sorry to see you go. You'll do great on your own. Keep in touch."),
      (ME, "+1h", "Thank you Anders, for everything."),
      ("a", "-3d 11:20", "Sam, six years already. I've started a marine-equipment rental business and our pricing is 2019 spreadsheets. I'd like you on board as a paid advisor, a few hours a month. I'm in Lisbon on the 22nd and 23rd. Lunch?"),
  ], focus=True)]),

S("li-0366", True, "A hospital procurement analyst keeps asking substantive questions in the comments of Sam's post while Sam answers within minutes; a relationship forming.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Margarida Sobral")},
  [th(L, [
      (ME, "-2d 08:15", "Buyers: if every supplier quote arrives in a different structure, that's not bad luck. That's their pricing strategy working on you."),
      ("a", "+22m", "So true in hospital procurement. Do you recommend forcing suppliers into our own quote template, or does that just make them pad the hidden items?"),
      (ME, "+8m", "Force the template, but include a mandatory 'everything else' line. Padding becomes visible instead of hidden."),
      ("a", "+6m", "Interesting. And for multi-year contracts, index the price to inflation or fix it with a review clause?"),
      (ME, "+9m", "Index to a named public index with a cap and a floor. A review clause is a renegotiation you've scheduled in advance."),
      ("a", "+5m", "We've always done review clauses 🙈 How would you introduce caps with incumbents who've never had them?"),
  ], focus=True)]),

S("li-0367", True, "A former client tags a logistics founder under Sam's post saying they should talk, and the founder takes it up with a message asking for a call.",
  "introduction first_contact ask_call",
  {"k": li("Philippa Okonjo"), "n": li("Tarek Abdelnour")},
  [dm(L, "k", [
      ("k", "-420d 10:00", "Sam, the new pricing is live and sales are happy for once. Thank you!"),
      (ME, "+2h", "Wonderful news Philippa!"),
  ]),
   th(L, [
      (ME, "-4d 08:00", "Per-pallet pricing is a promise that every pallet costs you the same. It never does."),
      ("k", "+3h", "Tarek Abdelnour this is the guy I told you about. You two need to talk.", {"at": "n"}),
      ("n", "+1h", "Thanks Philippa, it really is our problem word for word. Sam, I'll drop you a message."),
  ], focus=True),
   dm(L, "n", [
      ("n", "-3d 09:40", "Hi Sam, Tarek here, Philippa's friend from the comments. We run a 3PL warehouse in Rotterdam and charge per pallet per week regardless of what's on it. Could we have a call this week or next? I'd like to understand what working with you looks like."),
  ], focus=True)]),

S("li-0368", True, "The owner of a translation agency asks Sam for a quote on LinkedIn and messages him on Facebook the next day about the same project.",
  "cross_platform first_contact ask_rates",
  {"a": li("Oksana Hrytsenko")},
  [dm(L, "a", [
      ("a", "-3d 14:10", "Hello Sam, I run a translation agency in Kraków (22 linguists). We want to move enterprise clients from per-word rates to annual packages. Could you send me a quote for helping us design them?"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 19:30", "Hi Sam, sorry for writing here too, I wasn't sure you check LinkedIn often! It's about the annual packages for my translation agency. Our board meets on the 15th so I'd love to have your quote before."),
  ], focus=True)]),

S("li-0369", True, "A fintech product lead asks, with typos, for feedback on their pricing deck and whether they can hop on a call Thursday.",
  "ask_feedback ask_call first_contact typo",
  {"a": li("Kwame Ashitey")},
  [dm(L, "a", [
      ("a", "-1d 22:40", "hey sam, product lead at a small fintech in accra here. we present new pricing to the board next wk and id realy value ur feedback on the deck before that, it feels too complicated. cn we hop on a call thurs? happy to pay"),
  ], focus=True)]),

S("li-0370", True, "In Spanish, a Chilean winery's export manager asks Sam for a proposal with fees for reworking their distributor price list.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Catalina Errázuriz")},
  [dm(L, "a", [
      ("a", "-2d 15:45", "Hola Sam, soy gerente de exportaciones de una viña en el valle de Colchagua. Nuestra lista de precios para distribuidores tiene diez años de parches y descuentos especiales. ¿Me podrías enviar una propuesta con tus honorarios para ordenarla? Si te sirve, antes lo conversamos por videollamada."),
  ], focus=True)]),

S("li-0371", True, "In Spanish without accents, a Madrid agency partner urgently asks whether Sam has a slot for a call this week because a client is waiting for their answer.",
  "ask_call ask_help first_contact typo non_english lang_es",
  {"a": li("Gonzalo Irazábal")},
  [dm(L, "a", [
      ("a", "-1d 19:05", "hola sam, soy socio de una agencia de diseño en madrid. un cliente grande nos pide pasar de tarifa por hora a precio cerrado por proyecto y tenemos que responderle el viernes. tendrias un hueco para una llamada esta semana? es bastante urgente, te pagamos la sesion"),
  ], focus=True)]),

S("li-0372", True, "In French, a Paris marketplace founder asks Sam to meet for coffee during his trip to discuss their commission model.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": li("Séverine Kerbrat")},
  [dm(L, "a", [
      ("a", "-3d 10:30", "Bonjour Sam, je dirige une marketplace de matériel médical d'occasion à Paris. Nous hésitons entre commission et abonnement pour les vendeurs et nos investisseurs attendent une décision en juin. J'ai vu que vous serez à Paris pour VivaTech : seriez-vous disponible pour un café ?"),
  ], focus=True)]),

S("li-0373", True, "In French, a Geneva consultant asks about Sam's retainer model, Sam answers, and she replies without apostrophes asking if they can call tomorrow.",
  "ask_call first_contact reciprocity typo non_english lang_fr",
  {"a": li("Ophélie Marchetti")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Bonjour Sam, je suis consultante RH indépendante à Genève. J'ai lu votre article sur les forfaits mensuels. Comment gérez-vous les clients qui consomment beaucoup plus que prévu ?"),
      (ME, "+2h", "Bonjour Ophélie ! Un plafond d'heures visible par le client, et un point trimestriel où l'on ajuste le forfait. Sans ce rendez-vous, le forfait dérive."),
      ("a", "-1d 18:30", "merci beaucoup, cest exactement mon probleme avec deux clients. on peut sappeler demain ? je voudrais vous expliquer mon cas et voir si vous pourriez maccompagner"),
  ], focus=True)]),

S("li-0374", True, "In German, a Stuttgart SaaS founder asks Sam for feedback on their new price model before launch.",
  "ask_feedback first_contact non_english lang_de",
  {"a": li("Friederike Wollenhaupt")},
  [dm(L, "a", [
      ("a", "-2d 13:15", "Hallo Herr Rivera, wir sind ein HR-Software-Startup aus Stuttgart und stellen im Mai auf nutzungsbasierte Preise um. Könnten Sie sich unser neues Preismodell anschauen und uns ehrliches Feedback geben? Gerne bezahlt, und gerne in einem kurzen Videotermin."),
  ], focus=True)]),

S("li-0375", True, "In German, a former workshop participant, silent for three years and now managing director, proposes in-house training and asks to phone.",
  "reengagement ask_call non_english lang_de",
  {"a": li("Benedikta Rautenberg")},
  [dm(L, "a", [
      ("a", "-1120d 17:00", "Vielen Dank für den tollen Workshop gestern! Ich habe viel mitgenommen."),
      (ME, "+3h", "Sehr gern, Benedikta, viel Erfolg!"),
      ("a", "-2d 10:00", "Hallo Sam, drei Jahre ist das schon her! Ich bin inzwischen Geschäftsführerin eines Sanitärgroßhändlers und möchte unser Vertriebsteam (15 Leute) zum Thema Rabatte schulen lassen, am liebsten von Ihnen. Wollen wir nächste Woche telefonieren?"),
  ], focus=True)]),

S("li-0376", True, "In Portuguese, a Recife fintech founder invites Sam for a chat about pricing their card product.",
  "ask_chat first_contact non_english lang_pt",
  {"a": li("Thiago Albuquerque")},
  [dm(L, "a", [
      ("a", "-4d 16:20", "Fala Sam, tudo certo? Sou fundador de uma fintech em Recife, cartão corporativo para pequenas empresas. Estamos em dúvida entre mensalidade fixa e cobrar por transação, e os dois modelos parecem ruins pro cliente pequeno. Topa um bate-papo essa semana ou na próxima? Pode ser online."),
  ], focus=True)]),

S("li-0377", True, "A nonprofit operations lead asks, indirectly, whether Sam would be open to sharing how he would price membership tiers for their network.",
  "ask_chat first_contact indirect_ask",
  {"a": li("Aisling Ó Ceallaigh")},
  [dm(L, "a", [
      ("a", "-5d 12:00", "Hi Sam, I'm head of operations at a network of 140 community energy co-ops. We're replacing a flat membership fee with tiers based on size, and the small co-ops are nervous. I've read your posts on fairness in pricing, and I'd love to hear how you'd approach it, if that's something you'd be open to. We do have a small budget for advice."),
  ], focus=True)]),

S("li-0378", True, "After Sam accepted her invitation, a first-time founder asks two substantive questions, gets answers, and asks whether he would mentor her.",
  "ask_help first_contact reciprocity",
  {"a": li("Nadia Benmoussa")},
  [net("a", [
      ("a", "-8d 09:00", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-7d 10:00", "Thanks for connecting Sam! I'm launching a bookkeeping service for restaurants. Would you price it per location or by number of transactions?"),
      (ME, "+3h", "Per location with transaction bands. Restaurants understand locations; they don't count transactions."),
      ("a", "-4d 19:00", "That makes sense. And onboarding, charge it or absorb it? Most competitors absorb it."),
      (ME, "+1h", "Charge it and offer to waive it on an annual contract. It makes the annual plan more attractive."),
      ("a", "-1d 20:00", "This is so useful. Would you consider mentoring me over the next few months, say an hour a month? I'd pay, of course."),
  ], focus=True)]),

S("li-0379", True, "A podcast host invites Sam on LinkedIn and follows up on Twitter the same week, asking for a short prep call.",
  "cross_platform first_contact ask_call",
  {"a": P("Dashiell Obuya", tw="dash_marginpod", li=True)},
  [dm(L, "a", [
      ("a", "-4d 15:00", "Hi Sam, I host 'The Margin', a podcast for independent retailers (about 8k listeners). Would you come on for an episode on price increases? A 20-minute prep call first would help me plan."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 11:10", "Hey Sam, Dashiell from The Margin podcast, messaged you on LinkedIn too. Any chance of that prep call this week or next?"),
  ], focus=True)]),

# ---- negatives
S("li-0380", False, "An invitation from a stranger with no note.",
  "no_message first_contact",
  {"a": li("Eero Pulkkinen")},
  [net("a", [
      ("a", "-2d 14:00", ""),
  ], focus=True)]),

S("li-0381", False, "Right after Sam accepted an invitation, the new connection's tool sends a 'Thanks for connecting' message with a booking link.",
  "automated promotional first_contact",
  {"a": li("Brock Templeton")},
  [net("a", [
      ("a", "-3d 09:00", ""),
      (ME, "+6h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 15:01", "Thanks for connecting, Sam! 🙌 I help B2B founders 3x their outbound. If you ever want to see how, grab a time here: calendly.example/brock-templeton"),
  ], focus=True)]),

S("li-0382", False, "In Spanish, a recruiter template praises Sam's profile and asks for ten minutes about an 'exciting opportunity'.",
  "recruiter_template promotional first_contact keyword_trap non_english lang_es",
  {"a": li("Ximena Valdivieso")},
  [dm(L, "a", [
      ("a", "-2d 10:15", "¡Hola Sam! Tu perfil me ha parecido muy interesante. Estoy trabajando en una oportunidad emocionante con un cliente líder del sector que encaja perfectamente con tu trayectoria. ¿Tendrías 10 minutos para una llamada esta semana?"),
  ], focus=True)]),

S("li-0383", False, "A recruiter sends a generic note about a confidential VP Pricing role and asks for a brief chat.",
  "recruiter_template promotional first_contact keyword_trap",
  {"a": li("Courtney Halvorsen")},
  [dm(L, "a", [
      ("a", "-3d 08:45", "Hi Sam, I'm reaching out because your experience looks like a strong match for a confidential VP Pricing search I'm leading for a global consumer brand. Hybrid, excellent package. Are you free for a brief chat in the next few days?"),
  ], focus=True)]),

S("li-0384", False, "A sponsored InMail with an unfilled name placeholder advertises an executive course.",
  "automated promotional first_contact",
  {"a": P("Hartwell Business School", li="")},
  [dm(L, "a", [
      ("a", "-1d 11:00", "Dear %FIRSTNAME%, applications for the Executive Certificate in Strategic Pricing close soon. Download the brochure and speak with an admissions advisor: hartwell.example/pricing-cert"),
  ], focus=True)]),

S("li-0385", False, "A lead-generation agency asks Sam to book a free 20-minute growth session; selling, with a call ask.",
  "promotional first_contact keyword_trap",
  {"a": li("Darius Whitford")},
  [dm(L, "a", [
      ("a", "-2d 13:30", "Sam, quick question: if I could put 8 qualified consulting leads in your calendar every month, would that be interesting? We do it for 70+ advisors. Book a free 20-min growth session and I'll walk you through it."),
  ], focus=True)]),

S("li-0386", False, "A summit's 'meet our speakers' post tags Sam among sixteen people.",
  "mass_mention promotional",
  dict(crowd(16, 367), a=li("Revenue Leaders Summit")),
  [th(L, [
      ("a", "-2d 12:00", "🎤 Meet the speakers of Revenue Leaders Summit 2026! Early-bird tickets end Friday. Huge thanks to everyone joining us on stage:", {"at": ats(16)}),
  ], focus=True)]),

S("li-0387", False, "A former course-mate sends LinkedIn's pre-filled work-anniversary congratulations; nothing else.",
  "automated small_talk",
  {"a": li("Siobhan Tierney")},
  [dm(L, "a", [
      ("a", "-60d 10:00", "Great seeing you at the alumni event!"),
      ("a", "-1d 09:20", "Congrats on your work anniversary!"),
  ], focus=True)]),

S("li-0388", False, "A webinar organiser's bulk message reminds attendees, Sam among them, that the session starts in an hour.",
  "automated first_contact",
  {"a": li("Quantia Pricing Academy")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Reminder: 'Value-based pricing for SaaS' starts in 1 hour (16:00 CET). Your join link: quantia.example/live. See you there!"),
  ], focus=True)]),

S("li-0389", False, "A stranger mocks Sam's post and asks how anyone pays for it; hostile, not a question to answer.",
  "hostile first_contact",
  {"a": li("Nigel Ashcombe")},
  [th(L, [
      (ME, "-2d 09:00", "Your price is the first thing a customer learns about your confidence."),
      ("a", "+1h", "Groundbreaking. 'Charge more.' How do people pay for this stuff? Asking for every LinkedIn guru ever."),
  ], focus=True)]),

S("li-0390", False, "In German, a manager who asked for a call had it two weeks ago and thanked Sam; closed.",
  "closed thanks_only ask_call reciprocity first_contact non_english lang_de",
  {"a": li("Jörg Hammerschmidt")},
  [dm(L, "a", [
      ("a", "-22d 09:00", "Hallo Herr Rivera, hätten Sie nächste Woche Zeit für ein Telefonat zu unseren Rabattstaffeln?"),
      (ME, "+3h", "Gern, Dienstag 10 Uhr?"),
      ("a", "+20m", "Passt."),
      ("a", "-15d 16:00", "Vielen Dank für das Gespräch, sehr hilfreich!"),
  ], focus=True)]),

S("li-0391", False, "A company asked for a quote, Sam sent it, and they replied that they chose another consultant; declined.",
  "closed declined ask_rates reciprocity first_contact",
  {"a": li("Harpreet Sandhu")},
  [dm(L, "a", [
      ("a", "-12d 11:00", "Hi Sam, could you send us a quote for a pricing review of our three product lines?"),
      (ME, "+1d 09:00", "Hi Harpreet, attached, happy to talk it through."),
      ("a", "-3d 14:30", "Thanks Sam. We've decided to go with a firm we already work with for this one. Appreciate your time!"),
  ], focus=True)]),

S("li-0392", False, "Sam told a founder he is booked until autumn and she replied no worries, she'll come back later; closed.",
  "closed declined ask_call reciprocity first_contact",
  {"a": li("Lucinda Farrant")},
  [dm(L, "a", [
      ("a", "-5d 10:00", "Hi Sam, would you have time for a call about a pricing project this month?"),
      (ME, "+5h", "Hi Lucinda, thank you, but I'm fully booked until October. If it can wait, I'd be glad to talk then."),
      ("a", "+2h", "No worries, it can't really wait, but I'll keep you in mind for the next one!"),
  ], focus=True)]),

S("li-0393", False, "A manufacturer asked for a call four months ago and never wrote again; stale.",
  "stale ask_call first_contact",
  {"a": li("Vikram Nandakumar")},
  [dm(L, "a", [
      ("a", "-125d 13:00", "Hi Sam, we make industrial pumps and want to revisit our spare-parts pricing. Could we schedule a call?"),
  ], focus=True)]),

S("li-0394", False, "Seventy days ago Sam sent an invitation with a note proposing coffee; it was never accepted.",
  "owner_only stale ask_meeting",
  {"a": li("Charlotte Ekwueme")},
  [net("a", [
      (ME, "-70d 10:00", "Hi Charlotte, loved your talk on subscription pricing at the retail forum. Coffee next time you're in Lisbon?"),
  ], focus=True)]),

S("li-0395", False, "A former colleague resurfaces after three years to sell Sam executive coaching with a discovery call.",
  "reengagement promotional keyword_trap",
  {"a": li("Gillian Prestwich")},
  [dm(L, "a", [
      ("a", "-1100d 17:00", "Congrats on going independent, Sam!"),
      ("a", "-2d 10:45", "Sam! Long time no speak. I've qualified as an executive coach and I'm offering a few complimentary discovery calls to people I admire. Would you like to book one? Most of my clients are consultants hitting a plateau."),
  ], focus=True)]),

S("li-0396", False, "A known contact introduces a founder in a group message, and the founder pitches a demo of his AI pricing tool.",
  "introduction promotional keyword_trap first_contact",
  {"k": li("Edmund Farquharson"), "n": li("Ravi Subramaniam")},
  [dm(L, "k", [
      ("k", "-350d 09:00", "Great panel today Sam, thanks for joining!"),
      (ME, "+2h", "Thanks for having me, Edmund."),
  ]),
   dm(L, "k n", [
      ("k", "-3d 12:00", "Sam, meet Ravi, he's building something in the pricing space, thought you'd have a lot to talk about."),
      ("n", "+1h", "Thanks Edmund! Sam, our AI sets optimal prices automatically, consultants resell it to their clients for a 30% margin. Can I show you a 15-min demo this week?"),
  ], focus=True)]),

S("li-0397", False, "A sales agency pitches the same partnership call on LinkedIn and on Twitter within days; a promoter on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Serena Bellweather", tw="serena_pipelinepro", li=True)},
  [dm(L, "a", [
      ("a", "-4d 09:10", "Hi Sam, we partner with consultants to fill their pipeline with decision-makers. No retainers, pay per meeting. Would a quick intro call make sense?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 10:00", "Hi Sam, bumping my LinkedIn note here. Pay-per-meeting, no risk. 15 minutes this week?"),
  ], focus=True)]),

S("li-0398", False, "A stranger comments on Sam's post with clapping emoji only.",
  "emoji_only first_contact",
  {"a": li("Obinna Eze")},
  [th(L, [
      (ME, "-1d 08:00", "Ten years independent today. The best pricing decision I made was the first one I was scared of."),
      ("a", "+1h", "👏👏🙌"),
  ], focus=True)]),

S("li-0399", False, "In French, a stranger thanks Sam with a single word after he sent the article she asked for.",
  "thanks_only reciprocity first_contact non_english lang_fr",
  {"a": li("Mathilde Peyronnet")},
  [dm(L, "a", [
      ("a", "-3d 12:00", "Bonjour Sam, vous auriez le lien vers votre article sur les hausses de prix ?"),
      (ME, "+1h", "Bonjour Mathilde, le voici : samrivera.example/hausses"),
      ("a", "+20m", "Merci !"),
  ], focus=True)]),

S("li-0400", False, "In Portuguese, a marketing agency proposes a 15-minute meeting to sell Sam a LinkedIn content package.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": li("Agência Impulso Digital")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Olá Sam! Somos uma agência especializada em conteúdo para consultores no LinkedIn. Reparámos que publica pouco e podemos triplicar o seu alcance. Podemos marcar uma reunião de 15 minutos para apresentar os nossos pacotes?"),
  ], focus=True)]),

S("li-0401", False, "In German, a stranger comments that the meeting in Sam's post could have been an email; a keyword trap.",
  "keyword_trap small_talk first_contact non_english lang_de",
  {"a": li("Gesine Kröger")},
  [th(L, [
      (ME, "-2d 07:30", "Heute drei Stunden Meeting über eine Preiserhöhung von 2 %. Ergebnis: nächste Woche noch ein Meeting."),
      ("a", "+50m", "Dieses Meeting hätte eine E-Mail sein können. Und die E-Mail ein Satz. 😅"),
  ], focus=True)]),

S("li-0402", False, "In Portuguese, a founder asked to meet two months ago, Sam suggested a date, and she never replied; stale.",
  "stale ask_meeting reciprocity first_contact non_english lang_pt",
  {"a": li("Beatriz Valadares")},
  [dm(L, "a", [
      ("a", "-62d 15:00", "Olá Sam, podemos encontrar-nos para falar sobre os preços da minha marca de cosmética natural?"),
      (ME, "+4h", "Olá Beatriz, claro! Quinta às 11h no Príncipe Real?"),
  ], focus=True)]),

S("li-0403", False, "A stranger asks which invoicing tool Sam uses, Sam names it, and the stranger says thanks; fully settled.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": li("Fergal Ahearne")},
  [dm(L, "a", [
      ("a", "-3d 17:00", "Hi Sam, quick one: which invoicing tool do you use as a solo consultant?"),
      (ME, "+1h", "A simple one, InvoiceNest. Does multi-currency well."),
      ("a", "+15m", "Great, thanks!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 9: the owner's real week (replies to Sam's work)
S("li-0404", True, "A SaaS CFO asks a follow-up under Sam's post on annual discounts, gets an answer, and sends an invitation asking for thirty minutes to walk through their discount.",
  "ask_call first_contact reciprocity",
  {"a": li("Evangeline Thistlewood")},
  [th(L, [
      (ME, "-3d 08:00", "A 20% discount for paying annually is not a reward for loyalty. It's you paying 20% interest on a 12-month loan."),
      ("a", "+3h", "Ouch. We give 25% for annual. What would you replace it with, a smaller discount or something non-monetary?"),
      (ME, "+40m", "Usually a smaller discount plus something that costs you little: onboarding, a price lock. Depends on your churn curve."),
  ], focus=True),
   net("a", [
      ("a", "-2d 10:00", "Hi Sam, CFO at a 60-person SaaS company, commented on your annual-discount post. I'd value 30 minutes to walk you through our churn curve and the 25%. Could we set up a call?"),
  ], focus=True)]),

S("li-0405", True, "The HR director of a client's sister company, referred by the client, asks what an in-house pricing workshop for her account managers would cost.",
  "ask_rates first_contact",
  {"a": li("Rosamund Achterhof")},
  [dm(L, "a", [
      ("a", "-2d 14:10", "Dear Sam, Jurgen Vasseur at Brightholm Logistics recommended you warmly: he says the workshop you ran for his sales team changed how they quote. I'm HR director at our group's packaging company and I'd like something similar for 18 account managers in the first quarter. Could you send me an idea of the cost and format?"),
  ], focus=True)]),

S("li-0406", True, "A conference director who heard Sam at a pricing summit invites him to give the paid closing keynote of a retail conference in Madrid and asks for a call with the programme committee.",
  "ask_call first_contact",
  {"a": li("Valentina Ferreyra-Castell")},
  [dm(L, "a", [
      ("a", "-1d 16:00", "Hello Sam, I chair the programme of Retail Forward in Madrid (2,000 attendees, English-speaking tracks). I saw your session at the Pricing Summit in Amsterdam and the room loved it. We'd like to offer you the paid closing keynote on 6 May. Could we organise a 30-minute call with the committee next week to discuss it?"),
  ], focus=True)]),

S("li-0407", True, "An acquisitions editor at a business publisher who reads Sam's newsletter asks, indirectly, whether he would be open to talking about a short second book.",
  "ask_chat first_contact indirect_ask",
  {"a": li("Theodora Blakemore-Finch")},
  [dm(L, "a", [
      ("a", "-3d 11:30", "Dear Sam, I'm an acquisitions editor at a business publisher in London and a long-time reader of your newsletter. Your recent issues on price increases read to me like the outline of a short, practical book, something we'd publish in our 'Pocket Guides' series. I know you already have a publisher for your first book, so no assumptions, but if you were open to a conversation about it I'd be delighted."),
  ], focus=True)]),

S("li-0408", True, "A lecturer running an executive MBA pricing elective invites Sam for a guest session and asks to set up a twenty-minute call.",
  "ask_call first_contact",
  {"a": li("Ignatius Pemberton-Rao")},
  [dm(L, "a", [
      ("a", "-2d 09:25", "Dear Sam, I teach the pricing elective on our executive MBA in Dublin. Several students brought up your LinkedIn posts in class, and I'd love you to do a 75-minute guest session, online, in the second half of November. There's a modest speaker fee. Could we set up a 20-minute call to talk through the content?"),
  ], focus=True)]),

S("li-0409", True, "In German, a family manufacturer's managing director who follows Sam's post series asks for half an hour next week about prices for spare parts.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Gernot Hüttenrauch")},
  [dm(L, "a", [
      ("a", "-2d 07:50", "Guten Morgen Herr Rivera, ich verfolge Ihre Beitragsreihe zu Ersatzteilpreisen mit großem Interesse. Wir sind ein Familienunternehmen im Sauerland (Pumpen, 140 Mitarbeiter) und unsere Ersatzteilpreise sind historisch gewachsen, um es freundlich zu sagen. Hätten Sie nächste Woche eine halbe Stunde für ein Telefonat? Gerne auch als bezahlter Termin."),
  ], focus=True)]),

S("li-0410", True, "In German, an invitation note from someone who heard Sam's talk in Hamburg says her company wants to put it into practice and asks if she may call.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Friederike Ostendorp")},
  [net("a", [
      ("a", "-1d 18:00", "Hallo Herr Rivera, Ihr Vortrag gestern in Hamburg war für unser Team ein Augenöffner. Wir möchten die Staffelpreise im Großhandel jetzt wirklich angehen. Darf ich Sie nächste Woche anrufen?"),
  ], focus=True)]),

S("li-0411", True, "In French, a former colleague silent for three years proposes co-creating a course for a Paris business school based on Sam's book and suggests lunch.",
  "reengagement ask_meeting non_english lang_fr",
  {"a": li("Clotilde Vermandois")},
  [dm(L, "a", [
      ("a", "-1150d 17:00", "Bonne route Sam, ce fut un plaisir de travailler avec toi !"),
      (ME, "+2h", "Merci Clotilde, pareil !"),
      ("a", "-3d 12:40", "Sam ! Trois ans déjà. Je dirige maintenant la formation continue d'une école de commerce à Paris et ton livre circule dans toute l'équipe pédagogique. J'aimerais qu'on construise ensemble un module de deux jours sur la tarification pour dirigeants de PME, rémunéré bien sûr. On déjeune ensemble quand tu passes à Paris ?"),
  ], focus=True)]),

S("li-0412", True, "In Spanish, a former client tags a Bogotá founder under Sam's post, and the founder takes it up with a message asking for a call.",
  "introduction first_contact ask_call non_english lang_es",
  {"k": li("Amparo Villaseñor"), "n": li("Joaquina Restrepo Mejía")},
  [dm(L, "k", [
      ("k", "-380d 10:00", "Sam, los nuevos precios ya están en marcha. ¡Mil gracias!"),
      (ME, "+1h", "¡Qué buena noticia, Amparo!"),
  ]),
   th(L, [
      (ME, "-4d 08:30", "Si tu precio depende de la moneda del cliente, tu margen depende del tipo de cambio. Decide quién asume ese riesgo antes de que lo decida el mercado."),
      ("k", "+2h", "Joaquina Restrepo Mejía, esto es lo que hablábamos del peso. Sam es la persona con quien tienes que hablar.", {"at": "n"}),
      ("n", "+1h", "¡Gracias Amparo! Sam, te escribo por privado."),
  ], focus=True),
   dm(L, "n", [
      ("n", "-3d 09:15", "Hola Sam, soy Joaquina, la que etiquetó Amparo. Tenemos una plataforma de software para clínicas dentales en Colombia y Perú, cobramos en pesos y soles y cada devaluación nos come el margen. ¿Podríamos tener una llamada esta semana o la próxima?"),
  ], focus=True)]),

S("li-0413", True, "In Portuguese, a wine exporter who heard Sam's talk in Lisbon asks questions over several messages while Sam answers, then asks to meet.",
  "ask_meeting first_contact reciprocity many_turns non_english lang_pt",
  {"a": li("Benedita Lancastre")},
  [dm(L, "a", [
      ("a", "-3d 19:00", "Olá Sam, estive na sua palestra na quinta-feira. Exportamos vinho do Douro para 9 países e temos preços diferentes para cada importador. Isso faz sentido ou devíamos ter uma tabela única?"),
      (ME, "+1h", "Olá Benedita, faz sentido ter diferenças, mas com regras: por volume e por serviço prestado, não por quem negocia melhor."),
      ("a", "+30m", "É exatamente o nosso problema, quem negocia melhor paga menos. E quando um importador descobre o preço do outro?"),
      (ME, "+40m", "Por isso as regras têm de ser explicáveis. Se consegue justificar a diferença numa frase, sobrevive à descoberta."),
      ("a", "-1d 10:20", "Falei com o meu sócio e queremos rever isto a sério. Podíamos encontrar-nos em Lisboa para um almoço na próxima semana?"),
  ], focus=True)]),

S("li-0414", True, "A physiotherapy-clinic owner comments on Sam's LinkedIn post and, three days later, messages him on Facebook asking for help with the same membership plan.",
  "cross_platform first_contact ask_help",
  {"a": li("Cordelia Nwachukwu-Hale")},
  [th(L, [
      (ME, "-5d 08:15", "Memberships are a promise of availability. If you can't deliver the appointment, you've sold a gym card to a hospital."),
      ("a", "+4h", "This is exactly the trap we fell into with our physio membership. Waiting lists everywhere."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 20:30", "Hi Sam, I commented on your LinkedIn post about memberships (physio clinic in Leeds). I found you here too, hope that's ok. We need to fix the membership before renewals in January and I really could use your help with it. Is this something you'd work on?"),
  ], focus=True)]),

S("li-0415", True, "An operations director writes at length about using Sam's price-increase letter with 600 B2B customers and says, indirectly, she'd find time if he would take it on.",
  "ask_help first_contact indirect_ask",
  {"a": li("Henrietta Lowther-Banks")},
  [dm(L, "a", [
      ("a", "-2d 15:45", "Hello Sam. I've used the price-increase letter template from your newsletter as the starting point for our own. We supply industrial cleaning products to about 600 business customers and we're going up 9% from February. The letter is the easy part; what worries me is the 40 largest accounts, who will all want to negotiate, and our sales team, who will want to let them. If this is something you'd take on, I'd be glad to find time whenever suits you."),
  ], focus=True)]),

S("li-0416", True, "The founder of an online language school asks one substantive question after another in the comments of Sam's post while Sam answers within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Fionnuala Brennan-Shah")},
  [th(L, [
      (ME, "-2d 08:00", "Group classes are priced per seat. They should be priced per level of attention."),
      ("a", "+16m", "Founder of an online language school here. What does 'per level of attention' mean in practice? We charge €15 per seat whatever the group size."),
      (ME, "+6m", "A class of 4 and a class of 12 aren't the same product. Price the small group as the premium, not as the same seat with more space."),
      ("a", "+5m", "So three prices by group size? Wouldn't students just wait for the cheap big group?"),
      (ME, "+7m", "Some will, and that's fine. The ones who want to speak every lesson will pay for it."),
      ("a", "+4m", "And private lessons, do they still make sense next to a 4-person group at a premium?"),
  ], focus=True)]),

S("li-0417", True, "A former client silent for a year and a half saw Sam's post on usage-based pricing and, at a new company, asks to talk on Thursday about bringing him in.",
  "reengagement ask_call",
  {"a": li("Maximilian Okafor-Grant")},
  [dm(L, "a", [
      ("a", "-560d 17:00", "Final invoice paid, Sam. Thanks again, the new packaging is working."),
      (ME, "+1h", "Great to hear, Max. Good luck!"),
      ("a", "-2d 08:40", "Sam, your post on usage-based pricing yesterday could have been written about my new company (API infrastructure, I joined as COO in spring). We're moving from seats to usage in Q2 and I'd like you on it. Can we talk Thursday?"),
  ], focus=True)]),

S("li-0418", True, "The host of an independent podcast who heard Sam's episode on another show invites him on and proposes a short prep call.",
  "ask_call first_contact",
  {"a": li("Desmond Achterberg-Nye")},
  [dm(L, "a", [
      ("a", "-1d 13:15", "Hi Sam, I host 'Counter Culture', a small independent podcast for shop owners (no ads, no fees, just conversations). I heard you on Small Margins and would love to have you on for an episode about raising prices in a small town where everyone knows you. If you're up for it, could we do a 15-minute prep call next week?"),
  ], focus=True)]),

S("li-0419", True, "In Spanish, a translator with a Madrid publisher's interest asks Sam for a video call about translating his book.",
  "ask_call first_contact non_english lang_es",
  {"a": li("Almudena Bermejo Sáez")},
  [dm(L, "a", [
      ("a", "-2d 16:30", "Hola Sam, soy traductora de ensayo y divulgación. He propuesto tu libro a una editorial de Madrid y les interesa para su colección de empresa del año que viene. Antes de presentar la muestra me gustaría comentarte el tono y algunos términos. ¿Podríamos hablar por videollamada esta semana?"),
  ], focus=True)]),

# ---- negatives
S("li-0420", False, "A stranger comments 'Great post, Sam!' with clapping emoji under his post; applause only.",
  "thanks_only first_contact",
  {"a": li("Barnaby Hollingworth")},
  [th(L, [
      (ME, "-1d 08:10", "Your price is a sentence. Your discount policy is the paragraph that follows it."),
      ("a", "+2h", "Great post, Sam! 👏👏"),
  ], focus=True)]),

S("li-0421", False, "An attendee asks in the comments for the slides of Sam's talk, Sam links them, and the request is settled.",
  "trivial_question reciprocity first_contact",
  {"a": li("Octavia Penhaligon")},
  [th(L, [
      (ME, "-2d 18:00", "Thank you to everyone at the Porto founders' evening. Great questions."),
      ("a", "+1h", "Brilliant session! Will the slides be shared?"),
      (ME, "+20m", "Yes, here: samrivera.example/slides/porto-founders"),
  ], focus=True)]),

S("li-0422", False, "An engagement-bait post tags Sam among a dozen people with 'comment PRICING and I'll DM you the guide'.",
  "mass_mention promotional",
  dict(crowd(12, 413), a=li("Courtney Flintoff")),
  [th(L, [
      ("a", "-2d 07:30", "I've put my entire pricing framework into a 40-page guide. Comment 'PRICING' and I'll DM it to you 🔥 Tagging some experts who'll have opinions 👇", {"at": ats(12)}),
  ], focus=True)]),

S("li-0423", False, "A ghostwriter praises Sam's post and asks for a quick call to pitch writing his LinkedIn content.",
  "promotional keyword_trap first_contact",
  {"a": li("Sebastian Marchetti-Rowe")},
  [dm(L, "a", [
      ("a", "-2d 10:45", "Hi Sam, your post on annual discounts was fantastic, the kind of content that builds authority. But posting consistently is hard when you're busy consulting. I ghostwrite for 20+ consultants and founders. Would you be open to a quick call to see if I could take it off your plate?"),
  ], focus=True)]),

S("li-0424", False, "A sponsored InMail with an unfilled name placeholder promotes a course-creation platform.",
  "automated promotional first_contact",
  {"a": P("Coursebloom for Experts", li="")},
  [dm(L, "a", [
      ("a", "-1d 12:00", "Hi %FIRSTNAME%, your expertise deserves a bigger audience. Coursebloom helps thought leaders launch a profitable online course in 30 days. Book your free launch consultation today."),
  ], focus=True)]),

S("li-0425", False, "The newsletter platform's account messages Sam a weekly summary of his subscriber growth; a notification.",
  "automated first_contact",
  {"a": li("Issuewise Notifications")},
  [dm(L, "a", [
      ("a", "-1d 06:00", "Your weekly summary: 'Price Notes' gained 214 subscribers this week (+3.1%). Your top issue was 'Minimum fees are a kindness'. View your dashboard: issuewise.example/dash"),
  ], focus=True)]),

S("li-0426", False, "A recruiter quotes Sam's post in a template about a confidential Head of Revenue role and asks for a brief call.",
  "recruiter_template promotional keyword_trap first_contact",
  {"a": li("Imogen Castlereagh")},
  [dm(L, "a", [
      ("a", "-3d 08:20", "Hi Sam, I really enjoyed your post on usage-based pricing! Your profile stood out as a great fit for a confidential Head of Revenue Strategy role with a market-leading client (EMEA, hybrid, excellent package). Would you be open to a brief call to explore?"),
  ], focus=True)]),

S("li-0427", False, "A former colleague silent for two years congratulates Sam on his conference talk and Sam thanks him; small talk.",
  "small_talk reengagement reciprocity",
  {"a": li("Peregrine Ashworth")},
  [dm(L, "a", [
      ("a", "-720d 16:00", "Congrats on going independent, Sam!"),
      (ME, "+1h", "Thanks Peregrine!"),
      ("a", "-2d 19:30", "Saw the clips from your Amsterdam talk, looked like a packed room. Well done!"),
      (ME, "+1h", "Thank you! It was a fun crowd. Hope all's well with you."),
  ], focus=True)]),

S("li-0428", False, "A consultant disputes Sam's post on hourly billing over several civil comments and they leave it as a difference of opinion; no ask.",
  "small_talk reciprocity many_turns first_contact",
  {"a": li("Algernon Whitlock-Saye")},
  [th(L, [
      (ME, "-2d 08:00", "Hourly billing tells the client you're paid for being slow."),
      ("a", "+2h", "Respectfully, in legal work hourly is the only honest model. Fixed fees push all the risk onto us."),
      (ME, "+40m", "Fixed fees with clear scope and change orders share the risk. But I take the point for litigation."),
      ("a", "+30m", "Change orders in litigation would be a fun conversation with a client 😄 Let's agree it depends on the work."),
      (ME, "+15m", "Agreed, it depends."),
  ], focus=True)]),

S("li-0429", False, "A lecturer asked Sam for a guest session three months ago, Sam replied with dates, and nothing has come since; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": li("Winslow Trevelyan")},
  [dm(L, "a", [
      ("a", "-95d 10:00", "Hi Sam, would you do a guest session for my pricing students? Could we have a call to plan it?"),
      (ME, "+5h", "Happy to, Winslow. Any afternoon next week works for a call."),
  ], focus=True)]),

S("li-0430", False, "A podcast host thanks Sam for the recorded episode and says it goes live in May; the collaboration is done.",
  "closed thanks_only reciprocity first_contact",
  {"a": li("Perpetua Langridge")},
  [dm(L, "a", [
      ("a", "-10d 11:00", "Hi Sam, would you join my podcast on pricing for photographers? We record remotely."),
      (ME, "+2h", "Gladly, Perpetua. Next Tuesday at 10?"),
      ("a", "+30m", "Booked!"),
      ("a", "-1d 15:20", "Thanks so much for today's recording, Sam, it was a great conversation. The episode goes live in May, I'll send you the link."),
  ], focus=True)]),

S("li-0431", False, "Sam offered a conference organiser a talk and asked for a call three months ago and never got an answer; Sam's own ask.",
  "owner_only ask_call",
  {"a": li("Leopold Strathearn")},
  [dm(L, "a", [
      (ME, "-92d 10:30", "Hi Leopold, I saw you're putting together the programme for Retail Connect. I'd be glad to give a talk on pricing after a cost shock. Could we have a quick call?"),
      (ME, "-75d 09:00", "Hi again, just bumping this in case it got lost."),
  ], focus=True)]),

S("li-0432", False, "The day after Sam's talk, an attendee sends an invitation without a note.",
  "no_message first_contact",
  {"a": li("Quentin Mabberley")},
  [net("a", [
      ("a", "-1d 21:00", ""),
  ], focus=True)]),

S("li-0433", False, "In German, an AI sales tool praises Sam's newsletter and asks for a fifteen-minute demo call.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": li("Lennart Rüdiger")},
  [dm(L, "a", [
      ("a", "-2d 09:10", "Hallo Herr Rivera, Ihr Newsletter über Mindestpreise ist Pflichtlektüre in unserem Team! Mit PreisPilot AI berechnen Berater wie Sie Angebote in Sekunden. Hätten Sie 15 Minuten für eine kurze Demo diese Woche?"),
  ], focus=True)]),

S("li-0434", False, "In German, a stranger comments that Sam is a typical LinkedIn consultant selling common sense; hostile.",
  "hostile first_contact non_english lang_de",
  {"a": li("Wendelin Stockhausen")},
  [th(L, [
      (ME, "-1d 07:45", "Wer jedes Jahr 3% erhöht, muss nie 20% auf einmal erklären."),
      ("a", "+5h", "Typischer LinkedIn-Berater. Gesunden Menschenverstand als Dienstleistung verkaufen und sich dafür feiern lassen."),
  ], focus=True)]),

S("li-0435", False, "In French, a reader messages only to thank Sam for that morning's newsletter issue.",
  "thanks_only first_contact non_english lang_fr",
  {"a": li("Bérénice Lautrec-Morand")},
  [dm(L, "a", [
      ("a", "-1d 10:05", "Bonjour Sam, juste un mot pour vous remercier pour la newsletter de ce matin, exactement ce qu'il me fallait avant ma réunion budgétaire. Bonne journée !"),
  ], focus=True)]),

S("li-0436", False, "In French, a business school asked Sam to teach a paid course, Sam declined for lack of time, and they replied understood; declined.",
  "closed declined reciprocity first_contact non_english lang_fr",
  {"a": li("Gaspard Montesquiou")},
  [dm(L, "a", [
      ("a", "-5d 14:00", "Bonjour Sam, notre école souhaiterait vous confier un cours de 20 heures sur la tarification au semestre de printemps. Seriez-vous intéressé ?"),
      (ME, "+1d", "Merci beaucoup Gaspard, c'est flatteur, mais je n'ai pas la disponibilité ce printemps. Je préfère refuser plutôt que de mal le faire."),
      ("a", "+3h", "Entendu, merci pour votre franchise. Nous reviendrons vers vous pour l'an prochain."),
  ], focus=True)]),

S("li-0437", False, "In Spanish, a growth agency praises Sam's post and proposes scheduling a fifteen-minute call to sell lead generation.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": li("Gonzalo Urrutia Pons")},
  [dm(L, "a", [
      ("a", "-2d 11:30", "¡Hola Sam! Tu post sobre descuentos anuales es oro puro 🙌 En nuestra agencia ayudamos a consultores a conseguir entre 10 y 15 reuniones cualificadas al mes con LinkedIn. ¿Agendamos una llamada de 15 minutos esta semana?"),
  ], focus=True)]),

S("li-0438", False, "In Portuguese, a commenter jokes that he is calling his accountant straight away after Sam's post; the call is not with Sam.",
  "keyword_trap first_contact non_english lang_pt",
  {"a": li("Tomé Vilaverde")},
  [th(L, [
      (ME, "-2d 08:20", "Se a margem de um produto só aparece na contabilidade no fim do ano, já é tarde para corrigir o preço."),
      ("a", "+1h", "Vou já ligar ao meu contabilista 😂 obrigado pelo susto, Sam."),
  ], focus=True)]),

S("li-0439", False, "In Portuguese, a podcast-booking agency praises Sam's appearance on a show and offers paid placements with a monthly fee.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": li("Valquíria Sarmento")},
  [dm(L, "a", [
      ("a", "-3d 16:40", "Olá Sam! Ouvi o seu episódio no podcast da semana passada, excelente comunicador 🎙️ A nossa agência coloca especialistas nos podcasts de negócios mais ouvidos do Brasil e de Portugal. Com o plano mensal (a partir de 990 €) garantimos 3 entrevistas por mês. Podemos marcar uma conversa de 15 minutos?"),
  ], focus=True)]),

S("li-0440", False, "A known contact introduces a 'partner' in a group message, and the new person pitches a lead-generation demo.",
  "introduction promotional keyword_trap first_contact",
  {"k": li("Humphrey Caldicott"), "n": li("Jasper Vandenbroek")},
  [dm(L, "k", [
      ("k", "-240d 09:00", "Thanks for the intro to your accountant, Sam, all sorted."),
      (ME, "+1h", "Glad it worked out, Humphrey."),
  ]),
   dm(L, "k n", [
      ("k", "-3d 10:00", "Sam, meet Jasper, he helped us with outbound last year. Thought you two should connect."),
      ("n", "+30m", "Thanks Humphrey! Sam, loved your recent posts. We run done-for-you LinkedIn outreach for consultants, typically 12 booked calls a month. Can I show you a 20-minute demo this week?"),
  ], focus=True)]),

S("li-0441", False, "A VP asked for a call after Sam's post and, the next day, before Sam replied, wrote that the company had decided to hire an internal pricing lead; withdrawn.",
  "closed ask_call first_contact",
  {"a": li("Araminta Fotheringham")},
  [dm(L, "a", [
      ("a", "-4d 17:10", "Hi Sam, your post on packaging made me think we need outside help. Could we schedule a call this week?"),
      ("a", "-3d 09:00", "Please disregard my previous message: our CEO decided this morning to hire an internal pricing lead instead. Thanks and sorry for the noise."),
  ], focus=True)]),

S("li-0442", False, "A contact sends LinkedIn's pre-filled work-anniversary congratulations for Sam's consultancy; automated small talk.",
  "automated small_talk reengagement",
  {"a": li("Rupert Featherstonhaugh")},
  [dm(L, "a", [
      ("a", "-500d 12:00", "Good to meet you at the breakfast, Sam."),
      (ME, "+2h", "Likewise, Rupert."),
      ("a", "-1d 08:30", "Congrats on 6 years at Rivera Pricing!"),
  ], focus=True)]),

S("li-0443", False, "In Spanish, a friend trades fast jokes with Sam about the cover of his book's Spanish edition; banter, nothing proposed.",
  "small_talk reciprocity many_turns fast_reply non_english lang_es",
  {"a": li("Inmaculada Roldán")},
  [dm(L, "a", [
      ("a", "-90d 21:00", "¡Feliz cumple, Sam!"),
      (ME, "+1h", "¡Gracias Inma!"),
      ("a", "-1d 20:00", "Acabo de ver la portada de la edición española. ¿Por qué sales tan serio? Pareces un notario 😂"),
      (ME, "+3m", "Es mi cara de 'este precio no se negocia'"),
      ("a", "+2m", "Pues a mí me lo vas a regalar igual, que lo sepas"),
      (ME, "+2m", "Te lo firmo y te cobro el autógrafo"),
      ("a", "+1m", "Jajaja genio de los precios 🙄"),
  ], focus=True)]),

# ================================================================= batch 10: first messages from strangers, clients versus sellers
# ----------------------------------------------------------------- clients (call)
S("li-0444", True, "An invitation note from a SaaS founder whose per-seat pricing fights usage growth asks Sam for a 30-minute call.",
  "ask_call first_contact",
  {"a": li("Anneliese Marchbanks")},
  [net("a", [
      ("a", "-1d 18:00", "Hi Sam, I'm CEO of Quarrylane (field-inspection SaaS, 60 customers). Seats don't match how value grows for us, usage does. Would you have 30 min for a call about whether to switch?"),
  ], focus=True)]),

S("li-0445", True, "A head of commercial at a logistics scale-up formally asks for a proposal and mentions an approved budget for a pricing review.",
  "ask_rates first_contact",
  {"a": li("Cornelius Abernethy-Shaw")},
  [dm(L, "a", [
      ("a", "-2d 09:30", "Dear Sam, I lead the commercial team at Routewise, a last-mile logistics company of 210 people. Our contract pricing has drifted customer by customer and we have board approval and a budget for an external review this quarter. Would you be able to send a short proposal with your approach and fees? I would be glad to set up an introductory call with our CFO."),
  ], focus=True)]),

S("li-0446", True, "A fractional CMO explains that her day-rate model caps her income and asks Sam for a call about packaging her services.",
  "ask_call first_contact",
  {"a": li("Verity Oyelaran-Moss")},
  [dm(L, "a", [
      ("a", "-1d 20:10", "Hi Sam, I work as a fractional CMO for three B2B tech companies, billed by the day. I'm fully booked and can't grow without working weekends. I want to move to monthly packages with defined outcomes, but every client's needs are different. Could we get on a call? I'd book it as a paid session."),
  ], focus=True)]),

S("li-0447", True, "The owner of a performance marketing agency describes clients churning off hourly retainers and asks if they can talk.",
  "ask_chat first_contact",
  {"a": li("Declan Fitzwarren")},
  [dm(L, "a", [
      ("a", "-3d 13:20", "Hi Sam, I run a 12-person performance marketing agency (paid search and social for e-commerce). Our retainers are hours-based and clients leave as soon as results plateau, because they only see the hours. Pipeline is fine, revenue per client keeps dropping. I'd love to talk to you about moving to a results-linked model. Open to a conversation?"),
  ], focus=True)]),

S("li-0448", True, "A training manager at a hospital group asks for a quote for a negotiation and pricing workshop for the procurement team.",
  "ask_rates first_contact",
  {"a": li("Rosalind Achebe-Hart")},
  [dm(L, "a", [
      ("a", "-2d 11:15", "Hello Sam, I manage learning and development for a private hospital group (4 hospitals). Our procurement team of 15 negotiates with suppliers who understand pricing far better than we do. Would you run a one-day workshop for them in June? Could you send me a quote and some dates?"),
  ], focus=True)]),

S("li-0449", True, "An NGO programme director asks for a call about pricing the training services her organisation sells to fund its free work.",
  "ask_call first_contact",
  {"a": li("Ifeoma Castellanos")},
  [dm(L, "a", [
      ("a", "-1d 15:40", "Hi Sam, I'm programme director at WaterCommons, an NGO that trains municipal water utilities. We've started charging richer utilities for training so we can keep it free for poorer ones, and we have no idea how to set the fees fairly. Would you be open to a call to talk about how you'd approach it? We do have a consultancy budget."),
  ], focus=True)]),

S("li-0450", True, "A business school lecturer invites Sam to teach a paid guest session on his MBA course and asks for a call to plan it.",
  "ask_call first_contact",
  {"a": li("Bertrand Oyeyemi")},
  [net("a", [
      ("a", "-2d 10:00", "Hi Sam, I teach pricing strategy on an executive MBA in Porto. I'd love you to give a paid guest session in October. Could we have a quick call to plan it?"),
  ], focus=True)]),

S("li-0451", True, "A trade magazine journalist asks for a ten-minute phone interview for a piece on surcharges.",
  "ask_call first_contact",
  {"a": li("Hermione Calloway")},
  [dm(L, "a", [
      ("a", "-1d 12:35", "Hi Sam, I'm a features writer at Hospitality Trade Monthly, working on a piece about restaurants adding service and energy surcharges. I'd really like an independent pricing voice. Would you have ten minutes for a phone interview on Wednesday or Thursday?"),
  ], focus=True)]),

S("li-0452", True, "An industry association's events manager asks Sam's fee for a paid after-dinner keynote.",
  "ask_rates first_contact",
  {"a": li("Percival Ndiaye")},
  [dm(L, "a", [
      ("a", "-3d 16:00", "Good afternoon Sam, I manage events for the Iberian Packaging Association. Our annual dinner in Madrid (about 250 members, mostly owners of family manufacturers) needs a 30-minute keynote on passing on cost increases. We pay our speakers plus travel. Could you let me know your fee and whether 21 November works?"),
  ], focus=True)]),

S("li-0453", True, "An IT managed-services owner asks substantive questions under Sam's post, Sam answers quickly, and he asks to continue on a call.",
  "ask_call first_contact reciprocity many_turns fast_reply",
  {"a": li("Gideon Ashworth-Lyle")},
  [th(L, [
      (ME, "-2d 08:30", "Per-device pricing made sense when every employee had one computer. It doesn't anymore."),
      ("a", "+12m", "We run an IT managed-services firm (20 people) and this is our exact fight. Per-user then? Our clients have loads of part-timers."),
      (ME, "+8m", "Per user with a lower tier for occasional users, and price the site, not just the people. Part-timers still need the Wi-Fi to work."),
      ("a", "+6m", "That's a really useful way of looking at it. Could we continue this on a call this week? I'd rather not post our numbers here."),
  ], focus=True)]),

S("li-0454", True, "In Portuguese, after Sam accepts her invitation, the owner of a Porto cleaning company asks for help pricing contracts for offices.",
  "ask_help first_contact non_english lang_pt",
  {"a": li("Filipa Quaresma")},
  [net("a", [
      ("a", "-4d 09:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 10:20", "Olá Sam, obrigada por aceitar. Tenho uma empresa de limpezas no Porto com 23 colaboradoras. Cobramos os escritórios à hora, mas as empresas pedem preço fixo mensal e eu tenho medo de errar as contas. Podia ajudar-nos? Pagamos a consultoria, claro."),
  ], focus=True)]),

S("li-0455", True, "In short, clumsy lines, the owner of a three-site physiotherapy clinic asks whether Sam does this kind of work and what it costs.",
  "ask_rates first_contact typo",
  {"a": li("Dominic Ferriday")},
  [dm(L, "a", [
      ("a", "-2d 22:05", "hi sam. physio clinic, 3 sites, prices diferent in each one and nobody knows why lol. want to fix it b4 we open site 4. u do this kind of work?? how much roughly"),
  ], focus=True)]),

S("li-0456", True, "A B2B SaaS founder describes a discount problem, answers Sam's question and asks for a call on Tuesday.",
  "ask_call first_contact reciprocity",
  {"a": li("Ottoline Brackenbury")},
  [dm(L, "a", [
      ("a", "-3d 14:10", "Hi Sam, I'm co-founder of Ledgerly (reconciliation software for mid-size finance teams). Our sales team discounts every deal by 25-40% to hit quarter targets and list price has become fiction. How would you tackle it?"),
      (ME, "+2h", "Hi Ottoline, a common one. Do your reps have discretion up to a limit, or is it approved case by case?"),
      ("a", "+35m", "Anything under 40% needs no approval, which tells you everything 🙃 Could we do a proper call on Tuesday? I'd like my head of sales on it too."),
  ], focus=True)]),

S("li-0457", True, "A specialty coffee roaster describes her wholesale price list and indirectly asks whether Sam takes on small paid projects.",
  "indirect_ask first_contact",
  {"a": li("Marguerite Eastwood")},
  [dm(L, "a", [
      ("a", "-1d 19:25", "Hi Sam, I roast coffee for about 40 cafés in the south of England. Our wholesale list has one price per kilo whatever the volume, and the big accounts keep asking for discounts I make up on the spot. If you ever take on small projects, I'd be very glad to pay for your view on how to structure it."),
  ], focus=True)]),

S("li-0458", True, "In Spanish, the founder of a growth agency in Madrid asks for a call about charging per lead versus a monthly fee.",
  "ask_call first_contact non_english lang_es",
  {"a": li("Almudena Sarasola")},
  [dm(L, "a", [
      ("a", "-2d 17:30", "Hola Sam, soy fundadora de una agencia de growth en Madrid. Generamos leads para empresas de formación y cobramos una cuota fija, pero los clientes nos comparan con agencias que cobran por lead. No sé si cambiar de modelo o defender el nuestro. ¿Podríamos agendar una llamada la semana que viene?"),
  ], focus=True)]),

S("li-0459", True, "In Spanish, the director of an NGO in Lima asks Sam to quote for advising on the prices of their paid workshops.",
  "ask_rates first_contact non_english lang_es",
  {"a": li("Guadalupe Ccori Huamán")},
  [dm(L, "a", [
      ("a", "-3d 15:00", "Estimado Sam, dirijo una ONG en Lima que capacita a mujeres emprendedoras. Empezamos a ofrecer talleres pagados a empresas para financiar los gratuitos, pero no sabemos cuánto cobrar. ¿Nos podría enviar una cotización para asesorarnos? Podemos reunirnos por videollamada cuando le convenga."),
  ], focus=True)]),

S("li-0460", True, "In French, an incubator manager asks Sam's rates for a paid pricing workshop for her start-ups.",
  "ask_rates first_contact non_english lang_fr",
  {"a": li("Honorine Delacourt")},
  [net("a", [
      ("a", "-2d 09:40", "Bonjour Sam, je pilote un incubateur à Nantes. Nos 14 start-ups fixent leurs prix au doigt mouillé. Un atelier rémunéré en avril ? Quels seraient vos tarifs ?"),
  ], focus=True)]),

S("li-0461", True, "In German, the owner of an IT systems house asks for a phone call about pricing maintenance contracts.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Volkmar Düsterhöft")},
  [dm(L, "a", [
      ("a", "-1d 14:50", "Guten Tag Herr Rivera, ich bin Inhaber eines IT-Systemhauses in Hannover mit 30 Mitarbeitern. Unsere Wartungsverträge laufen seit Jahren zu Pauschalen, die mit dem heutigen Aufwand nichts mehr zu tun haben. Hätten Sie nächste Woche Zeit für ein Telefonat? Gerne auch als bezahlte Erstberatung."),
  ], focus=True)]),

S("li-0462", True, "In German, a vocational school teacher invites Sam to give a paid guest lecture and asks for a call.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Annegret Vosskuhl")},
  [dm(L, "a", [
      ("a", "-2d 16:05", "Hallo Sam, ich unterrichte an einer Berufsschule in Freiburg angehende Einzelhandelskaufleute. Ich würde Sie gern für einen Gastvortrag über Preisgestaltung einladen, das Honorar übernimmt unser Förderverein. Könnten wir dazu kurz telefonieren?"),
  ], focus=True)]),

S("li-0463", True, "In Brazilian Portuguese, a SaaS founder in São Paulo asks for a 30-minute call about per-seat pricing.",
  "ask_call first_contact non_english lang_pt",
  {"a": li("Caio Bittencourt Lemos")},
  [dm(L, "a", [
      ("a", "-1d 13:10", "Oi Sam, sou fundador de uma SaaS de gestão para clínicas veterinárias em São Paulo. Cobramos por usuário e as clínicas compartilham login para pagar menos. Estou pensando em cobrar por unidade. Topa uma call de 30 minutos esta semana? Pago a hora, sem problema."),
  ], focus=True)]),

# ----------------------------------------------------------------- sellers and other negatives (no call)
S("li-0464", False, "An invitation note from a lead-generation agency promises booked meetings and asks for a quick call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": li("Brogan Hennessy")},
  [net("a", [
      ("a", "-1d 11:00", "Hi Sam, loved your post on retainers! We fill consultants' calendars with 10+ qualified meetings a month. Open to a quick call?"),
  ], focus=True)]),

S("li-0465", False, "A recruiter's template message praises Sam's background and asks for a quick call about an exciting role.",
  "recruiter_template keyword_trap first_contact",
  {"a": li("Isadora Penrose")},
  [dm(L, "a", [
      ("a", "-2d 09:00", "Hi Sam, your background really stood out to me! I'm working with a leading global retailer on an exciting Director of Pricing opportunity. It's a fantastic chance to shape strategy at scale. Would you be open to a quick call this week to discuss?"),
  ], focus=True)]),

S("li-0466", False, "A sponsored InMail with an unfilled first-name placeholder invites Sam to book a consultation about revenue software.",
  "automated promotional",
  {"a": P("Marginly Cloud", li="")},
  [dm(L, "a", [
      ("a", "-1d 12:00", "Hi %FIRSTNAME%, is your team still setting prices in spreadsheets? See how companies like yours lifted margin by 4 points in 90 days. Book your free consultation today."),
  ], focus=True)]),

S("li-0467", False, "A founder asks for Sam's expert 'feedback' in a 20-minute call that is a demo of his pricing intelligence tool.",
  "promotional keyword_trap first_contact",
  {"a": li("Lorcan Whitmore")},
  [dm(L, "a", [
      ("a", "-2d 15:30", "Hi Sam, I've been following your posts for a while and you're one of the sharpest people on pricing here. We're building a competitor price-tracking tool for consultants and agencies and I'd really value your expert feedback. Could I show you what we have in a 20-minute call? Happy to set you up with a free account."),
  ], focus=True)]),

S("li-0468", False, "A summit's partnerships manager offers Sam sponsorship packages for a founders' event; Sam would pay.",
  "promotional first_contact",
  {"a": li("Jessamy Ravenhill")},
  [dm(L, "a", [
      ("a", "-3d 10:45", "Hi Sam, I look after partnerships for the Lisbon Founders Summit (2,500 attendees, 40% C-level). Given your audience, I think a sponsorship would be a great fit for your consultancy. Packages start at €2,500 and include a branded workshop slot. Shall I send the deck?"),
  ], focus=True)]),

S("li-0469", False, "A business magazine tells Sam he is among its 'Top 100 Consultants' and asks for a fee to publish the profile.",
  "promotional first_contact",
  {"a": li("Maximilian Thorogood")},
  [dm(L, "a", [
      ("a", "-2d 13:55", "Congratulations Sam! Our editorial team has selected you for the 2026 'Top 100 Consultants to Watch' edition. To secure your full-page profile and digital badge, the publication fee is €895. Places are confirmed in the order we receive them."),
  ], focus=True)]),

S("li-0470", False, "A freelance presentation designer compliments Sam's talk and offers to redesign his slides, asking for a quick chat.",
  "promotional keyword_trap first_contact",
  {"a": li("Cosima Trelawney")},
  [dm(L, "a", [
      ("a", "-1d 17:15", "Hi Sam! I watched your talk from the Retail Forum, brilliant content. Honest thought though: the slides were holding you back a little. I'm a presentation designer and I've redesigned decks for a few keynote speakers. Would you be up for a quick chat? I can do a sample slide for free."),
  ], focus=True)]),

S("li-0471", False, "Under Sam's post, a stranger comments that his agency turns posts into a book and asks Sam to DM him; a pitch in the comments.",
  "promotional first_contact",
  {"a": li("Evander Kilbride")},
  [th(L, [
      (ME, "-2d 08:10", "The cheapest client I ever had was also the one who complained most. Not a coincidence."),
      ("a", "+2h", "So true Sam! 💯 Your posts would make an incredible book by the way. Our team helps experts turn their LinkedIn content into a published book in 90 days. DM me and I'll share how!"),
  ], focus=True)]),

S("li-0472", False, "After Sam accepts his invitation, a financial adviser thanks him and asks for a call about retirement planning for the self-employed.",
  "promotional keyword_trap first_contact",
  {"a": li("Rupert Castlemaine")},
  [net("a", [
      ("a", "-3d 07:50", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 09:10", "Thanks for connecting, Sam. I advise independent consultants on retirement and tax-efficient investing in Portugal. Many are surprised by how much they could be saving. Would you be open to a short call next week?"),
  ], focus=True)]),

S("li-0473", False, "Minutes after Sam accepts an invitation, the new connection's automatic thank-you DM pushes a free e-book.",
  "automated promotional first_contact",
  {"a": li("Sterling Ashgrove")},
  [net("a", [
      ("a", "-2d 08:00", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 11:02", "Thanks for connecting, Sam! 🙏 As a thank-you, here's my free e-book '21 Habits of 7-Figure Consultants': ashgrove.example/ebook. Enjoy!"),
  ], focus=True)]),

S("li-0474", False, "A training manager asked for a workshop quote fifty days ago and never wrote again; stale.",
  "stale ask_rates first_contact",
  {"a": li("Gwendolen Pargeter")},
  [dm(L, "a", [
      ("a", "-50d 10:00", "Hi Sam, we'd like a pricing workshop for our account managers this spring. Could you send a quote?"),
  ], focus=True)]),

S("li-0475", False, "An agency founder tags Sam and thirteen others in a launch post and invites them all to book a call; a mass mention.",
  "mass_mention promotional keyword_trap",
  dict(crowd(13, 97), a=li("Ambrose Heathcote")),
  [th(L, [
      ("a", "-1d 10:00", "Big news: I've launched my own sales-outsourcing agency! 🚀 Tagging people whose work inspired me. If you're a consultant who wants more clients, book a free call via the link in my profile 👇", {"at": ats(13)}),
  ], focus=True)]),

S("li-0476", False, "In Portuguese, a podcast-booking agency offers to place Sam on business podcasts for a monthly fee.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": li("Inês Carvalhais")},
  [dm(L, "a", [
      ("a", "-2d 14:20", "Olá Sam! Trabalho numa agência que coloca especialistas em podcasts de negócios em Portugal e no Brasil. Com o seu perfil, conseguimos garantir quatro entrevistas por mês, por 750 € mensais. Podemos marcar uma conversa de 15 minutos?"),
  ], focus=True)]),

S("li-0477", False, "A stranger invites Sam to become a 'leader' in her wellness business; an MLM pitch.",
  "promotional first_contact",
  {"a": li("Chantelle Woodbridge")},
  [dm(L, "a", [
      ("a", "-1d 20:45", "Hi Sam! I love how you encourage people to value themselves 💕 I'm expanding my wellness business into Portugal and I'm looking for a few driven leaders who want an extra income stream alongside what they do. Would you be open to taking a look? It's changed my life!"),
  ], focus=True)]),

S("li-0478", False, "In Spanish, a health insurance broker offers cover for self-employed people and asks for a call.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": li("Nicanor Zubizarreta")},
  [dm(L, "a", [
      ("a", "-3d 12:10", "Hola Sam, ¿qué tal? Veo que eres autónomo en Portugal. Trabajo con un seguro de salud internacional pensado para profesionales independientes, con cobertura en España y Portugal. ¿Te puedo llamar diez minutos esta semana para enseñarte las tarifas?"),
  ], focus=True)]),

S("li-0479", False, "In French, a ghostwriting agency offers to write Sam's LinkedIn posts and proposes a call to present its offer.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": li("Ombeline Castagné")},
  [dm(L, "a", [
      ("a", "-2d 11:30", "Bonjour Sam, vos publications sont passionnantes mais assez irrégulières. Notre agence rédige les posts LinkedIn de dirigeants et de consultants, dans leur ton, trois fois par semaine. Seriez-vous disponible pour un appel de 20 minutes afin que je vous présente notre offre ?"),
  ], focus=True)]),

S("li-0480", False, "In French, a recruitment firm sends a template about an opportunity matching Sam's profile and asks for a call.",
  "recruiter_template keyword_trap first_contact non_english lang_fr",
  {"a": li("Aymeric Desrosiers")},
  [dm(L, "a", [
      ("a", "-1d 09:05", "Bonjour Sam, votre profil a retenu toute mon attention. Je recrute actuellement pour un client, groupe international, un poste de Directeur Pricing en CDI à Paris. Seriez-vous ouvert à un échange téléphonique pour en discuter ?"),
  ], focus=True)]),

S("li-0481", False, "In German, a virtual assistance agency offers to take admin off Sam's hands at an hourly rate.",
  "promotional first_contact non_english lang_de",
  {"a": li("Henrike Scholtissek")},
  [dm(L, "a", [
      ("a", "-2d 10:15", "Hallo Sam, als Berater mit eigenem Newsletter und Workshops haben Sie sicher mehr Verwaltungsaufwand als Ihnen lieb ist. Unsere virtuellen Assistentinnen übernehmen E-Mails, Terminplanung und Rechnungen ab 24 € pro Stunde. Darf ich Ihnen unser Angebot schicken?"),
  ], focus=True)]),

S("li-0482", False, "In German, a start-up asks for Sam's 'feedback' on its AI quoting tool in a call that is a product demo.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": li("Florian Kesselring")},
  [dm(L, "a", [
      ("a", "-1d 15:25", "Hi Sam, wir haben ein KI-Tool entwickelt, das Angebote für Berater in Sekunden erstellt und den optimalen Preis vorschlägt. Wir suchen gerade Experten für Feedback. Hätten Sie 20 Minuten für einen Call, in dem ich es Ihnen zeige? Feedback-Partner nutzen es ein Jahr gratis."),
  ], focus=True)]),

S("li-0483", False, "In Portuguese, a video agency praises Sam's content and offers to produce his videos, asking for a meeting.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": li("Duarte Vasconcelos Rego")},
  [dm(L, "a", [
      ("a", "-3d 16:40", "Olá Sam, acompanho as suas publicações e o conteúdo é excelente, mas merecia chegar a mais gente. Somos uma produtora de vídeo em Lisboa e fazemos vídeos curtos para consultores, com pacotes a partir de 600 € por mês. Podemos marcar uma reunião rápida para lhe mostrar alguns exemplos?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 11: Sam's Iberian, French and German-speaking network
S("li-0484", True, "In formal Spanish, the finance director of a Zaragoza food distributor asks Sam for a presupuesto and a Teams meeting, and a date is agreed.",
  "ask_rates ask_meeting first_contact reciprocity non_english lang_es",
  {"a": li("Ignacio Lahoz Berdún")},
  [net("a", [
      ("a", "-4d 09:10", "Estimado Sam: soy director financiero de una distribuidora alimentaria en Zaragoza. Me gustaría conectar para comentarle un proyecto."),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 10:05", "Estimado Sam: gracias por aceptar la invitación. Le escribo porque estamos revisando la política de precios y descuentos con nuestros 600 clientes del canal Horeca y la dirección quiere apoyo externo. Nos gustaría solicitarle un presupuesto para un proyecto de unas seis semanas. ¿Podríamos mantener una reunión por Teams la próxima semana para explicarle el alcance? Un cordial saludo, Ignacio Lahoz"),
      (ME, "+4h", "Estimado Ignacio: muchas gracias por su mensaje. Con mucho gusto. ¿Le viene bien el martes a las 10:00, hora de Madrid?"),
      ("a", "+1h", "Perfecto, el martes a las 10:00. Le envío la convocatoria por correo. Un saludo."),
  ], focus=True)]),

S("li-0485", True, "In Peruvian Spanish, a Lima university lecturer invites Sam to give a paid online master class and asks for a video call to coordinate.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": li("Rosario Zevallos Quispe")},
  [dm(L, "a", [
      ("a", "-2d 15:40", "Hola Sam, buenas tardes. Soy docente de la maestría en Marketing de una universidad en Lima y sigo sus publicaciones hace buen tiempo. Quisiera invitarlo a dictar una clase magistral virtual sobre estrategias de precios para nuestros alumnos (unos 80, la mayoría gerentes de pymes). Contamos con un pequeño honorario. ¿Tendría disponibilidad para conversar por videollamada y coordinar los detalles? Muchas gracias de antemano."),
      (ME, "+6h", "Hola Rosario, muchas gracias por la invitación, me encantaría. ¿Qué fechas manejan?"),
      ("a", "+14h", "¡Qué bueno! Estamos pensando en la segunda quincena del próximo mes. ¿Le parece si hacemos la videollamada este jueves o viernes? Con la diferencia horaria, su tarde es nuestra mañana."),
  ], focus=True)]),

S("li-0486", True, "In French full of English loanwords, a Paris SaaS head of revenue asks Sam for a 30-minute call about an outside view on their pricing overhaul.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Hortense Vasseur-Lambrecht")},
  [dm(L, "a", [
      ("a", "-1d 09:45", "Bonjour Sam, je suis Head of Revenue dans une scale-up SaaS parisienne (RH, 90 personnes). On refond notre pricing pour le passage à l'international et on a besoin d'un regard externe : packaging, paliers, politique de discount. Votre post sur le « prix par siège qui pénalise la croissance » a beaucoup tourné en interne 😉 Seriez-vous dispo pour un call de 30 min la semaine prochaine ? Je peux vous envoyer un brief en amont."),
  ], focus=True)]),

S("li-0487", True, "In French, a former workshop client tags a Lyon interior architect under Sam's post and she follows up by message asking for a video or phone exchange, fixed for Thursday.",
  "introduction first_contact ask_call reciprocity non_english lang_fr",
  {"k": li("Bastien Rolland-Keita"), "n": li("Apolline Mercadier")},
  [dm(L, "k", [
      ("k", "-300d 17:00", "Merci pour l'atelier Sam, l'équipe en parle encore !"),
      (ME, "+2h", "Avec plaisir Bastien !"),
  ]),
   th(L, [
      (ME, "-3d 08:30", "New post: pricing a service business when every project is custom. Short version: stop selling hours."),
      ("k", "+2h", "Apolline Mercadier, c'est exactement ce dont on parlait hier ! Sam, je te présente Apolline, elle lance un cabinet d'architecture d'intérieur à Lyon.", {"at": "n"}),
      ("n", "+1h", "Merci Bastien ! Sam, ravie de vous lire. Je vous écris en message privé si ça vous va 🙂"),
  ], focus=True),
   dm(L, "n", [
      ("n", "-2d 10:20", "Bonjour Sam, suite au commentaire de Bastien : je lance mon agence d'archi d'intérieur et je facture encore au temps passé, avec des devis qui explosent à chaque projet. Est-ce qu'on pourrait échanger un moment, en visio ou par téléphone ? J'aimerais avoir votre avis avant de signer mes prochains clients."),
      (ME, "+3h", "Bonjour Apolline, avec plaisir. Jeudi 11 h ?"),
      ("n", "+20m", "Parfait, jeudi 11 h. Merci beaucoup !"),
  ], focus=True)]),

S("li-0488", True, "In formal German, a Stuttgart machine maker's head of sales asks Sam for an Angebot for a one-day sales workshop and proposes times for the preparatory call.",
  "ask_rates ask_call first_contact reciprocity non_english lang_de",
  {"a": li("Cornelia Brandstätter")},
  [dm(L, "a", [
      ("a", "-3d 14:20", "Sehr geehrter Herr Rivera, ich leite den Vertrieb eines Maschinenbauunternehmens in der Region Stuttgart (ca. 250 Mitarbeitende). Unsere Außendienstler geben im Schnitt 14 % Rabatt, ohne klare Regeln. Wir würden gerne einen eintägigen Workshop zur Preisdurchsetzung mit dem Vertriebsteam durchführen. Könnten Sie uns hierfür ein Angebot machen? Mit freundlichen Grüßen, Cornelia Brandstätter"),
      (ME, "+5h", "Sehr geehrte Frau Brandstätter, vielen Dank für Ihre Anfrage, sehr gerne. Damit das Angebot passt, würde ich vorher gern 20 Minuten mit Ihnen telefonieren. Hätten Sie nächste Woche einen Termin frei?"),
      ("a", "+1d 08:40", "Gerne. Mittwoch, 10:00 Uhr oder Donnerstag, 15:00 Uhr wären möglich. Geben Sie mir kurz Bescheid, dann schicke ich eine Einladung."),
  ], focus=True)]),

S("li-0489", True, "In Austrian German, a former colleague silent for three years, now running a Vienna software house, wants Sam as an outside adviser and asks for a call.",
  "reengagement ask_call non_english lang_de",
  {"a": li("Veronika Schwarzlmüller")},
  [dm(L, "a", [
      ("a", "-1200d 17:00", "Alles Gute für die Selbstständigkeit, Sam! Wir werden dich im Team vermissen."),
      (ME, "+2h", "Danke Vroni, ich euch auch! Bleiben wir in Kontakt."),
      ("a", "-2d 09:30", "Servus Sam! Lange nichts gehört, ich hoffe, dir geht's gut in Lissabon. Ich bin seit Jänner Geschäftsführerin bei einem Wiener Softwarehaus und wir stellen heuer unser ganzes Lizenzmodell auf Abos um. Ich hätte dich gern als externen Berater dabei, vielleicht für die ersten drei Monate. Hättest du nächste Woche Zeit für einen Call? Liebe Grüße, Vroni"),
  ], focus=True)],
  as_of="2025-03-11 08:00"),

S("li-0490", True, "In formal European Portuguese, a Douro wine estate's marketing director asks Sam for a consulting proposal and a meeting next week about export price architecture.",
  "ask_rates ask_meeting first_contact non_english lang_pt",
  {"a": li("Mafalda Sequeira Lobo")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Bom dia, Sam. Sou diretora de marketing de uma quinta no Douro e estamos a preparar a entrada em três novos mercados de exportação (Alemanha, Suíça e Canadá). Temos dúvidas sobre a arquitetura de preços da gama, sobretudo entre os vinhos de entrada e os reservas. Gostaríamos de lhe pedir uma proposta de consultoria. Teria disponibilidade para uma reunião, presencial ou por videochamada, na próxima semana? Com os melhores cumprimentos, Mafalda Sequeira"),
  ], focus=True)]),

S("li-0491", True, "In Brazilian Portuguese, a Recife fintech co-founder asks on LinkedIn for 'um papo de meia hora' and chases on Twitter three days later.",
  "cross_platform first_contact ask_chat typo non_english lang_pt",
  {"a": P("Renan Teixeira Maluf", tw="renan_maluf", li=True)},
  [dm(L, "a", [
      ("a", "-4d 14:00", "Oi Sam, tudo bem? Sou cofundador de uma fintech de maquininhas para pequenos comércios em Recife. A gente cobra taxa por transação e os concorrentes estão zerando a taxa pra ganhar mercado, estamos meio perdidos. Curto muito seus posts. Bora marcar um papo de meia hora?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 19:20", "Fala Sam! Te mandei uma mensagem no LinkedIn uns dias atras sobre a nossa fintech, nao sei se voce viu. Se tiver uma brecha essa semana ou na próxima, seria ótimo conversar 🙏"),
  ], focus=True)]),

S("li-0492", True, "A Nuremberg medical-devices L&D manager writing non-native English asks Sam for an offer for a key-account training and a phone appointment.",
  "ask_rates ask_call first_contact",
  {"a": li("Sabrina Wendlandt")},
  [dm(L, "a", [
      ("a", "-2d 13:30", "Dear Mr. Rivera, I am responsible for Learning & Development at a medium-sized medical devices company near Nuremberg. For our key account managers (around 25 persons) we are planning a training about value-based pricing in autumn, held in English. A colleague has recommended you. We would be happy to receive an offer from you. Could we also arrange a short phone appointment to clarify the details? Kind regards, Sabrina Wendlandt"),
  ], focus=True)]),

S("li-0493", True, "A Lisbon SaaS product manager, new to Sam, asks several substantive follow-up questions on usage pricing under his post while Sam replies within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": li("Tomás Anjos Ribeiro")},
  [th(L, [
      (ME, "-2d 08:00", "Usage-based pricing sounds fair until your customer's CFO tries to forecast it. Notes from three SaaS clients that moved back to tiers."),
      ("a", "+30m", "Great post. We're a Lisbon B2B SaaS (logistics) considering usage-based pricing for our API. Did any of your clients keep a hybrid, e.g. base fee plus usage?"),
      (ME, "+10m", "Two of three did. The base fee covers the value they always get; usage only counts above a generous threshold."),
      ("a", "+8m", "How did they set the threshold? Median customer usage or something else?"),
      (ME, "+6m", "Roughly the 70th percentile, so most customers never see an overage but growth still pays."),
      ("a", "+5m", "Makes sense. And did the CFO objection disappear, or just move to the overage rate?"),
      (ME, "+9m", "It moved, but it became a negotiation about a cap instead of a budget blocker. Much easier."),
      ("a", "+4m", "Super helpful, thank you. I'm presenting options to our CEO next week, lots to think about."),
  ], focus=True)]),

S("li-0494", True, "A Dutch e-commerce podcaster connects, invites Sam on the show and asks for a 20-minute intro call, which they set for Thursday.",
  "ask_call first_contact reciprocity",
  {"a": li("Joost van Bergeijk")},
  [net("a", [
      ("a", "-3d 12:00", "Hi Sam, I host a podcast for Dutch and Belgian e-commerce founders. Would love to connect."),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 09:00", "Thanks for connecting! We'd love to have you on the show to talk about discounting in e-commerce (the episode would go out in June). Could we do a 20-minute intro call first to see which angle works best?"),
      (ME, "+3h", "Hi Joost, sounds fun. Happy to. Thursday afternoon?"),
      ("a", "+30m", "Thursday 3pm CET works, I'll send a link!"),
  ], focus=True)],
  as_of="2025-04-29 07:00"),

S("li-0495", True, "A former client from almost three years ago, now commercial director of a Valencia solar installer, asks for a new project and a phone call.",
  "reengagement ask_call",
  {"a": li("Aitana Belloch Sempere")},
  [dm(L, "a", [
      ("a", "-1000d 16:00", "Sam, thank you again for the project, the new price list is working great!"),
      (ME, "+1d 09:00", "Great to hear, Aitana! Keep me posted."),
      ("a", "-1d 12:30", "Hi Sam! It's been almost three years. I've moved from the tile company to a solar panel installer in Valencia as commercial director, and we have the same chaos with quotes that we had back then 😅 Would you be available for a new project? Maybe we can talk by phone this week or next."),
  ], focus=True)]),

S("li-0496", True, "A Lisbon founders' meetup organiser invites Sam to give a talk on LinkedIn and chases on Facebook two days later asking for a quick chat.",
  "cross_platform first_contact ask_chat",
  {"a": P("Siobhán Kearney-Duarte", li=True)},
  [dm(L, "a", [
      ("a", "-3d 18:00", "Hi Sam, I organise the Lisbon Indie Founders meetup (about 80 people each month at a coworking in Anjos). Would you be up for giving a 20-minute talk on pricing at our next one? It's unpaid, I'm afraid, but we'd give you the stage and a good crowd. Happy to chat about the format."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-1d 21:10", "Hey Sam, sorry for chasing on here too! Just wanted to make sure my LinkedIn message about the meetup talk reached you. Could we have a quick chat this week? We're announcing the speaker on Monday."),
  ], focus=True)]),

S("li-0497", True, "A Basel consultant six months into independence asks, indirectly and apologetically, whether Sam would spare 20 minutes on how he set his first-year rates.",
  "ask_chat indirect_ask first_contact",
  {"a": li("Lea Zbinden")},
  [dm(L, "a", [
      ("a", "-2d 20:00", "Hi Sam, I went independent in Basel six months ago after ten years in a big firm. I've been reading your posts since then and one question keeps coming up for me: how did you decide what to charge in your first year? I realise you must get many messages like this. If you ever had 20 minutes and were open to it, I'd be very grateful to hear how you approached it."),
  ], focus=True)]),

S("li-0498", True, "Right after connecting, a French founder facing a VC meeting this afternoon asks Sam for 30 paid minutes by phone this morning to defend his pricing.",
  "ask_help ask_call first_contact",
  {"a": li("Quentin Aubertin-Saïd")},
  [net("a", [
      ("a", "-2d 08:00", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 17:50", "Hi Sam, thanks for accepting. Sorry to write so directly: tomorrow afternoon we have a meeting with a VC and they asked us to justify our pricing (we sell a B2B scheduling tool to clinics, 49€/month per practitioner). I read your article about pricing slides for investors. Could you give me 30 minutes tomorrow morning by phone? I can pay your hourly rate of course."),
  ], focus=True)]),

S("li-0499", True, "A former client introduces a hotel group CFO in a group message and he invites Sam to lunch in Lisbon on Friday, which Sam accepts.",
  "introduction first_contact ask_meeting reciprocity many_turns",
  {"k": li("Helga Rosendahl"), "n": li("Dario Pellegrini-Souto")},
  [dm(L, "k", [
      ("k", "-500d 10:00", "Sam, the board approved the new tiers. Thank you!"),
      (ME, "+2h", "Fantastic news, Helga!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 16:00", "Sam, Dario, connecting you two as promised. Dario is CFO of a hotel group moving into Lisbon; Sam helped us with our price tiers last year and he's the person I trust most on this."),
      ("n", "+1h", "Thank you Helga! Sam, a pleasure. I'm in Lisbon on Thursday and Friday, could I invite you to lunch to talk about how we price our long-stay offer?"),
      (ME, "+2h", "Thanks Helga! Dario, lunch on Friday works for me."),
      ("n", "+15m", "Friday 1pm then, I'll book somewhere near Chiado."),
  ], focus=True)]),

S("li-0500", False, "In Spanish, a selection consultancy's headhunter sends a Pricing & Revenue Manager template and proposes a brief llamada; a recruiter.",
  "recruiter_template keyword_trap first_contact non_english lang_es",
  {"a": li("Sebastián Larrañaga Ochoa")},
  [dm(L, "a", [
      ("a", "-1d 10:30", "Hola Sam, ¿cómo estás? Soy Sebastián, de una consultora de selección especializada en perfiles comerciales. Estoy acompañando a un cliente del sector farmacéutico en la búsqueda de un/a Pricing & Revenue Manager en Barcelona. Por tu experiencia creo que podrías encajar muy bien. ¿Te parece si lo hablamos en una llamada breve esta semana? ¡Gracias!"),
  ], focus=True)]),

S("li-0501", False, "In Spanish, a contact sends LinkedIn's pre-filled work-anniversary congratulations and Sam thanks him.",
  "automated small_talk reciprocity non_english lang_es",
  {"a": li("Lorenzo Ybarra Quiles")},
  [dm(L, "a", [
      ("a", "-1d 09:00", "¡Felicidades por tu aniversario laboral!"),
      (ME, "+5h", "¡Gracias, Lorenzo! Un abrazo."),
  ], focus=True)]),

S("li-0502", False, "In Spanish, a language-school owner thanks Sam for the call they had and says she will report back; closed.",
  "closed thanks_only ask_call reciprocity many_turns first_contact non_english lang_es",
  {"a": li("Amparo Clemente Vilaplana")},
  [dm(L, "a", [
      ("a", "-9d 11:00", "Hola Sam, ¿tendrías media hora esta semana para hablar de los precios de nuestra escuela de idiomas en Alicante?"),
      (ME, "+3h", "¡Claro! ¿Miércoles a las 17h?"),
      ("a", "+20m", "Perfecto, ¡gracias!"),
      ("a", "-5d 19:40", "Mil gracias por la llamada de hoy, Sam. Nos has aclarado muchísimo, ya sabemos por dónde tirar con los bonos. ¡Ya te contaré cómo va!"),
      (ME, "+12h", "¡Un placer, Amparo! Mucha suerte con el cambio."),
  ], focus=True)]),

S("li-0503", False, "In French, a procurement contact asks Sam to pass on their appel d'offres for a website to agencies he knows; nothing for Sam himself.",
  "keyword_trap reciprocity non_english lang_fr",
  {"a": li("Édith Carrasco-Vernet")},
  [dm(L, "a", [
      ("a", "-220d 14:00", "Merci pour votre intervention à Nantes, Sam, très apprécié par nos acheteurs."),
      (ME, "+1h", "Merci Édith, c'était un plaisir."),
      ("a", "-2d 15:10", "Bonjour Sam, pour info nous venons de publier l'appel d'offres pour la refonte de notre site internet. Si vous connaissez de bonnes agences web, n'hésitez pas à transmettre le lien. Belle journée !"),
      (ME, "+2h", "Bonjour Édith, je transmets à deux agences que je connais bien."),
      ("a", "+15m", "Merci beaucoup !"),
  ], focus=True)]),

S("li-0504", False, "In French, a sponsored InMail with an unfilled %FIRSTNAME% invites Sam to a pricing software webinar.",
  "automated promotional non_english lang_fr",
  {"a": P("Nextarif Solutions", li="")},
  [dm(L, "a", [
      ("a", "-1d 10:00", "Bonjour %FIRSTNAME%, et si vous augmentiez vos marges de 12 % sans perdre un seul client ? Découvrez comment lors de notre webinar gratuit du 18 juin avec nos experts pricing. Places limitées, inscrivez-vous dès maintenant."),
  ], focus=True)],
  as_of="2025-06-03 07:30"),

S("li-0505", False, "In Belgian French, an event organiser who asked for Sam's fee writes that the committee chose a local speaker instead; closed.",
  "closed declined ask_rates reciprocity first_contact non_english lang_fr",
  {"a": li("Gilles Dewandre")},
  [dm(L, "a", [
      ("a", "-20d 10:00", "Bonjour Sam, nous organisons une matinée sur la tarification pour les PME bruxelloises le 3 octobre. Seriez-vous intéressé à intervenir ? Quel serait votre tarif ?"),
      (ME, "+5h", "Bonjour Gilles, avec plaisir. Pour une intervention d'une heure, je demande 1 200 € hors frais de déplacement."),
      ("a", "-3d 15:00", "Bonjour Sam, merci pour votre réponse et votre disponibilité. Après discussion avec le comité, nous avons finalement retenu un intervenant local, pour des raisons de budget. J'espère qu'on aura l'occasion de collaborer une autre fois. Bonne journée !"),
  ], focus=True)],
  as_of="2025-08-26 08:00"),

S("li-0506", False, "In formal German, an executive-search consultant sends a Head of Pricing template and asks for a confidential phone call; a recruiter.",
  "recruiter_template keyword_trap first_contact non_english lang_de",
  {"a": li("Benedikt Stöckl-Harrer")},
  [dm(L, "a", [
      ("a", "-2d 08:45", "Sehr geehrter Herr Rivera, ich bin als Personalberater für eine renommierte Executive-Search-Boutique tätig und betreue aktuell die Besetzung der Position Leiter Pricing (m/w/d) bei einem international tätigen Familienunternehmen. Ihr Profil passt hervorragend. Gerne würde ich Ihnen die Position in einem vertraulichen Telefonat vorstellen. Wann passt es Ihnen?"),
  ], focus=True)]),

S("li-0507", False, "In Swiss German, a Lucerne fiduciary office asked Sam for an Offerte ten weeks ago and never followed up; stale.",
  "stale ask_rates first_contact non_english lang_de",
  {"a": li("Beat Zwahlen")},
  [dm(L, "a", [
      ("a", "-70d 09:20", "Grüezi Herr Rivera. Wir sind ein Treuhandbüro in Luzern mit zwölf Mitarbeitenden und möchten unsere Mandatspauschalen neu aufstellen. Könnten Sie uns eine Offerte für eine Begleitung machen? Freundliche Grüsse, Beat Zwahlen"),
  ], focus=True)]),

S("li-0508", False, "In German, a contact congratulates Sam on the German edition of his book under his post and he thanks her.",
  "small_talk reciprocity non_english lang_de",
  {"a": li("Wilma Oberländer")},
  [th(L, [
      (ME, "-2d 09:00", "Mein Buch ist ab heute auf Deutsch erhältlich! Danke an das Übersetzungsteam für die Geduld mit meinen Fußnoten."),
      ("a", "+2h", "Herzlichen Glückwunsch, Sam! Steht schon auf meiner Liste 📚"),
      (ME, "+1h", "Danke dir, Wilma!"),
  ], focus=True)]),

S("li-0509", False, "In European Portuguese, a new connection thanks Sam 'pela ligação' right after accepting; a one-line thanks, not a phone call.",
  "thanks_only keyword_trap first_contact non_english lang_pt",
  {"a": li("Hélder Mourão Pacheco")},
  [net("a", [
      ("a", "-3d 11:00", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 09:30", "Obrigado pela ligação, Sam! Bom trabalho 👍"),
  ], focus=True)]),

S("li-0510", False, "In Brazilian Portuguese, a LinkedIn outbound agency promises twenty qualified meetings a month and asks for a quick reunião; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": li("Priscila Montenegro Vaz")},
  [dm(L, "a", [
      ("a", "-2d 14:15", "Olá Sam! Tudo bem? Aqui é a Priscila, da Prospecta. A gente ajuda consultores a gerar 20 reuniões qualificadas por mês com prospecção no LinkedIn, sem você precisar fazer nada. Posso te mostrar como funciona numa reunião rápida de 15 minutos?"),
  ], focus=True)]),

S("li-0511", False, "In European Portuguese, Sam proposed a reunião to a hotel manager he met in Évora almost three months ago and she never answered; owner only.",
  "owner_only ask_meeting non_english lang_pt",
  {"a": li("Filipa Sobral Antunes")},
  [dm(L, "a", [
      (ME, "-80d 10:00", "Olá Filipa, foi um prazer conhecê-la no encontro de hoteleiros em Évora. Se quiser, podemos marcar uma reunião para falar da tabela de preços do hotel. Abraço, Sam"),
  ], focus=True)]),

S("li-0512", False, "Right after Sam accepts an empty invitation, a sales trainer sends an automatic 'thanks for connecting' with a free guide link.",
  "automated promotional first_contact",
  {"a": li("Trent Halvorsen-Beck")},
  [net("a", [
      ("a", "-3d 15:00", ""),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 17:01", "Thanks for connecting, Sam! 🙌 I share daily tips on scaling B2B sales. Feel free to grab my free guide 'The 7-Figure Pipeline' here: pipeline.example/guide"),
  ], focus=True)]),

S("li-0513", False, "A sponsored InMail from a business school with an unfilled %FIRSTNAME% offers an MBA scholarship and a call with admissions.",
  "automated promotional keyword_trap",
  {"a": P("Northgate Business School", li="")},
  [dm(L, "a", [
      ("a", "-2d 12:00", "Hi %FIRSTNAME%, accelerate your leadership journey with our Executive MBA. Apply before 30 June to receive a 20% scholarship. Book a call with an admissions advisor today."),
  ], focus=True)],
  as_of="2025-05-20 07:00"),

S("li-0514", False, "A lead-generation agency offers consultants '5-10 qualified calls a month' and a free strategy session; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": li("Kieran Maddox-Eze")},
  [dm(L, "a", [
      ("a", "-1d 16:45", "Hey Sam, quick one. We help consultants add 5-10 qualified sales calls a month without cold calling. Worth a free 30-minute strategy session to see if it fits?"),
  ], focus=True)]),

S("li-0515", False, "An old acquaintance silent for over two years reconnects to sell expat pension transfers over a 'virtual coffee'.",
  "reengagement promotional keyword_trap",
  {"a": li("Howard Pennington-Ruiz")},
  [dm(L, "a", [
      ("a", "-800d 09:00", "Congrats on going independent, Sam!"),
      (ME, "+3h", "Thanks Howard!"),
      ("a", "-2d 10:10", "Sam, great to reconnect! I've joined an international wealth firm helping expats in Portugal with pension transfers and tax-efficient investing. Lots of consultants I speak to are leaving money on the table. Shall we grab a virtual coffee this week?"),
  ], focus=True)]),

S("li-0516", False, "A known contact introduces someone who immediately pitches a 15-minute demo of his AI proposal tool; a sales pitch through an introduction.",
  "introduction promotional keyword_trap first_contact",
  {"k": li("Philippa Armitage"), "n": li("Garrett Finchley")},
  [dm(L, "k", [
      ("k", "-260d 11:00", "Thanks for the workshop, Sam. The team loved it."),
      (ME, "+1h", "My pleasure, Philippa!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 14:00", "Sam, meet Garrett, he's building something I think you'll find interesting."),
      ("n", "+20m", "Thanks Philippa! Sam, we've built an AI proposal generator for consultants, our users close 30% more deals. Could I show you a 15-minute demo this week? Happy to give you a free seat."),
  ], focus=True)]),

S("li-0517", False, "A post listing fifteen 'pricing voices in Europe to follow' tags Sam among fourteen others; a mass mention.",
  "mass_mention small_talk",
  dict(crowd(14, 95), a=li("Elena Marković-Santos")),
  [th(L, [
      ("a", "-1d 08:00", "Pricing voices in Europe you should follow this year 👇 Brilliant people who share their thinking for free.", {"at": ats(14)}),
  ], focus=True)]),

S("li-0518", False, "A stranger comments that Sam repackages common sense and should 'call it what it is: a grift'; hostile.",
  "hostile keyword_trap first_contact",
  {"a": li("Clive Ashdown")},
  [th(L, [
      (ME, "-2d 09:30", "Raising prices is not a spreadsheet exercise. It's a conversation you have to be willing to have with every customer."),
      ("a", "+3h", "Another consultant repackaging common sense and charging for it. Call it what it is: a LinkedIn grift."),
  ], focus=True)]),

S("li-0519", False, "A stranger comments only clapping and fire emoji under Sam's post.",
  "emoji_only first_contact",
  {"a": li("Imogen Fairclough-Tavares")},
  [th(L, [
      (ME, "-1d 08:15", "One year since the book came out. Thank you to everyone who read it, argued with it and sent me photos of their price lists."),
      ("a", "+2h", "👏👏🔥"),
  ], focus=True)]),

S("li-0520", False, "An attendee asks whether the webinar recording will be shared, Sam says Friday by email and she thanks him; settled.",
  "trivial_question reciprocity first_contact",
  {"a": li("Rahel Tesfaye-Müller")},
  [th(L, [
      (ME, "-2d 16:00", "Thanks to the 300 people who joined today's webinar on discount rules!"),
      ("a", "+30m", "Will the recording be shared?"),
      (ME, "+10m", "Yes, on Friday, by email to everyone who registered."),
      ("a", "+5m", "Perfect, thanks!"),
  ], focus=True)]),

S("li-0521", False, "A former colleague jokes about a three-hour meeting that could have been an email and 'let's call it character building'; banter.",
  "keyword_trap small_talk reciprocity",
  {"a": li("Niall Brennock")},
  [dm(L, "a", [
      ("a", "-310d 12:00", "Good luck with the book launch, Sam!"),
      (ME, "+2h", "Thanks Niall!"),
      ("a", "-1d 17:10", "Just survived a 3-hour 'alignment meeting' that could have been an email. Thought of your post 😂"),
      (ME, "+30m", "Ha! Was there at least coffee?"),
      ("a", "+5m", "Instant. Let's call it character building."),
  ], focus=True)]),

S("li-0522", False, "A lead-generation rep writes on LinkedIn and then on Twitter two days later pushing a quick call; a promoter on two platforms.",
  "cross_platform promotional keyword_trap first_contact",
  {"a": P("Brianna Castellucci", tw="brianna_growthlab", li=True)},
  [dm(L, "a", [
      ("a", "-4d 15:00", "Hi Sam, loved your post on anchoring! We help consultants turn LinkedIn posts into booked calls with done-for-you outreach. Open to a quick call?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 16:30", "Hey Sam, following up from LinkedIn 👋 just 15 min to show you how we got a pricing consultant 40 calls in a month?"),
  ], focus=True)]),

S("li-0523", False, "An agency that asked for a call about a pricing project writes that they will hire in-house instead and pause; closed.",
  "closed declined ask_call reciprocity first_contact",
  {"a": li("Ewan Lockhart-Baptista")},
  [dm(L, "a", [
      ("a", "-15d 10:00", "Hi Sam, we're a 40-person design agency in Edinburgh rethinking how we price retainers. Would you be open to a call about a pricing project?"),
      (ME, "+4h", "Hi Ewan, sure. Monday at 11?"),
      ("a", "-4d 09:30", "Hi Sam, apologies for going quiet. We've decided to hire an in-house revenue lead instead, so we'll pause this for now. Thanks for your time and sorry for the back-and-forth."),
      (ME, "+2h", "No problem Ewan, good luck with the hire."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 12: people Sam already knows (calls)
S("li-0524", True, "A former colleague silent for three and a half years, now VP at a freight company, wants Sam for a paid contract-pricing review and asks to scope it by call.",
  "reengagement ask_call",
  {"a": li("Cressida Vanloo")},
  [net("a", [
      ("a", "-1300d 10:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1250d 16:00", "Great working with you on the Harwick account, Sam. Stay in touch!"),
      (ME, "+1h", "Will do, Cressida."),
      ("a", "-2d 09:20", "Hi Sam, it's been a few years! I'm now VP Commercial at Tennant Freight and our contract pricing is a patchwork of 200 bespoke deals. I'd like to bring in someone independent for a proper review, and you were my first thought. Could we set up a call next week to scope it?"),
  ], focus=True)]),

S("li-0525", True, "A recent client introduces a bike-components maker in a group message and he asks Sam for a call about distributor discounts and fees.",
  "introduction first_contact ask_call ask_rates",
  {"k": li("Henrietta Blaxland"), "n": li("Tomasz Wierzbicki")},
  [dm(L, "k", [
      ("k", "-80d 15:00", "Our new price list went live today 🎉 thanks again."),
      (ME, "+1h", "Brilliant, Henrietta!"),
  ]),
   dm(L, "k n", [
      ("k", "-3d 09:00", "Sam, Tomasz, connecting you two as promised. Tomasz runs a bike-components maker in Wrocław and is rethinking distributor discounts. Sam did wonders with ours."),
      ("n", "+4h", "Thank you Henrietta. Hello Sam, a pleasure. Our distributor discounts range from 18% to 45% and nobody remembers why. Could we arrange a call next week? I'd like to understand how you work and what your fees are."),
  ], focus=True)]),

S("li-0526", True, "A conference acquaintance from seven months ago is curating a pricing track and invites Sam to open it, paid, asking for a call this week.",
  "reengagement ask_call",
  {"a": li("Rashida Penhallow")},
  [net("a", [
      ("a", "-220d 18:00", "Great meeting you at the Amsterdam monetisation summit!"),
      (ME, "+2h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-219d 09:00", "Thanks for the chat over lunch, here's the article I mentioned."),
      (ME, "+2h", "Thanks Rashida!"),
      ("a", "-1d 12:30", "Hi Sam! I've been asked to curate the pricing track at the Nordic SaaS Summit in Copenhagen, and I'd love you to open it. Speaker fee and travel covered. Could we have a quick call this week so I can tell you about the audience?"),
  ], focus=True)]),

S("li-0527", True, "A mentee's promotion conversation is on Tuesday and she asks for a session before it; Sam offers Thursday evening and she accepts.",
  "ask_call ask_help reciprocity",
  {"a": li("Oluwaseun Parrish")},
  [dm(L, "a", [
      ("a", "-60d 20:00", "Thanks for tonight's session, Sam. Homework noted."),
      (ME, "+1h", "Good luck with it!"),
      ("a", "-1d 18:00", "Hi Sam, I hope you're well. My manager finally put the promotion conversation in the diary for Tuesday. Last time I froze when we got to salary. Could we book a session before then? I'm free any evening this week."),
      (ME, "+2h", "Of course. Thursday 7pm, usual link?"),
      ("a", "+15m", "Perfect, thank you!"),
  ], focus=True)]),

S("li-0528", True, "A former colleague silent for over a year proposes a joint pricing-and-sales-training programme for manufacturers and they fix a coffee in Lisbon.",
  "reengagement ask_meeting reciprocity",
  {"a": li("Lennart Osterhagen")},
  [dm(L, "a", [
      ("a", "-420d 11:00", "Congrats on the book launch, Sam!"),
      (ME, "+2h", "Thanks Lennart!"),
      ("a", "-3d 08:40", "Sam, a proposal. I do sales training for mid-size manufacturers and every client says the same thing: the reps are fine, the price list is the problem. What if we offered a joint programme, your pricing diagnostic first and my training on top? I'm in Lisbon next week for a client, coffee on Wednesday?"),
      (ME, "+1d", "Interesting! Wednesday morning works, 10am near Cais do Sodré?"),
      ("a", "+1h", "See you there."),
  ], focus=True)]),

S("li-0529", True, "A former client comments 'let's talk' under Sam's post on price rises, then messages to ask for a call on Thursday about migrating 1,400 customers.",
  "reengagement ask_call",
  {"a": li("Verity Ashcombe-Lund")},
  [dm(L, "a", [
      ("a", "-700d 17:00", "Thanks Sam, the board loved the proposal."),
      (ME, "+1h", "Great news, Verity."),
      ("a", "-2d 10:15", "Sam, as promised: we need to move 1,400 legacy customers to the new plans within the next quarter without a churn spike. I'd like your help with the plan and the messaging. Could we do a call Thursday?"),
  ], focus=True),
   th(L, [
      (ME, "-3d 08:00", "Raising prices on existing customers is not a pricing problem. It's a communication problem with a pricing deadline."),
      ("a", "+3h", "This is our next-quarter problem exactly. Let's talk."),
      (ME, "+1h", "Anytime, Verity! Send me a message."),
  ])]),

S("li-0530", True, "An old classmate, now a business editor, writes on LinkedIn and Twitter within two days asking Sam for a phone interview before Thursday's deadline.",
  "cross_platform reengagement ask_call",
  {"a": P("Marius Whitcombe-Adair", tw="marius_wa_news", li=True)},
  [dm(L, "a", [
      ("a", "-1600d 22:00", "Good to see you at the reunion, Sam."),
      (ME, "+10h", "You too, Marius!"),
      ("a", "-2d 11:00", "Sam, I'm business editor at the Lisbon Post now and I'm writing about why restaurant prices in Lisbon rose faster than inflation. Could I call you for 15 minutes this week for a few quotes?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 08:20", "Hi Sam, also pinged you on LinkedIn about the restaurant prices piece. Deadline's Thursday, any chance of a quick call tomorrow?"),
  ], focus=True)]),

S("li-0531", True, "A dental-group client from two and a half years ago asks for a proposal to harmonise fees across six clinics and offers times for a scoping call.",
  "reengagement ask_rates ask_call reciprocity",
  {"a": li("Ophelia Brathwaite-Nunes")},
  [dm(L, "a", [
      ("a", "-900d 12:00", "The fee guide is with all three practice managers. Thank you!"),
      (ME, "+2h", "My pleasure, Ophelia."),
      ("a", "-4d 10:00", "Hi Sam, hope you're well! Remember the fee guide you built for our three clinics? We've just bought three more, each with its own prices, and patients have noticed. Could you send me a proposal to harmonise fees across all six?"),
      (ME, "+1d", "Congratulations on the growth! Yes. Before I write it, could we have 30 minutes to go through the new clinics?"),
      ("a", "+2h", "Of course. Tomorrow 2pm or Friday 11am?"),
  ], focus=True)]),

S("li-0532", True, "In Spanish, a former colleague now running executive education proposes co-teaching a paid pricing workshop and asks for a call on Thursday.",
  "reengagement ask_call non_english lang_es",
  {"a": li("Roser Vilaplana Puig")},
  [dm(L, "a", [
      ("a", "-800d 13:00", "¡Mucha suerte con la nueva etapa, Sam!"),
      (ME, "+1h", "¡Gracias, Roser!"),
      ("a", "-2d 09:50", "¡Hola Sam! Cuánto tiempo desde la consultora. Ahora coordino la formación ejecutiva en una escuela de negocios de Barcelona y queremos un taller de dos días sobre precios para directivos. Había pensado en impartirlo juntos: yo la parte de negociación, tú la de precios. Está pagado, claro. ¿Te va una llamada el jueves?"),
  ], focus=True)]),

S("li-0533", True, "In Spanish, a former flatmate who is now an HR director asks Sam's day rate for training his buyers and proposes a call tomorrow.",
  "ask_rates ask_call reciprocity non_english lang_es",
  {"a": li("Adrián Calatrava Ruano")},
  [dm(L, "a", [
      ("a", "-25d 19:00", "¡Felicidades por el libro, Sam!"),
      (ME, "+1h", "¡Gracias, Adri!"),
      ("a", "-2d 12:00", "Oye Sam, ahora en serio: soy director de RRHH en una cadena de ópticas y el equipo de compras necesita formación en precios y negociación con proveedores. He pensado en ti. ¿Cuánto cobrarías por una jornada?"),
      (ME, "+3h", "¡Qué bien! Depende del grupo: ¿cuántas personas y de qué nivel?"),
      ("a", "+1h", "Unas 15 personas, mandos intermedios. ¿Lo hablamos por teléfono mañana y te cuento el contexto?"),
  ], focus=True)]),

S("li-0534", True, "In French, a cosmetics client from two years ago is launching a men's line and asks for a video call next week about its price positioning.",
  "reengagement ask_call non_english lang_fr",
  {"a": li("Capucine Delorme-Azaïs")},
  [dm(L, "a", [
      ("a", "-750d 15:00", "Merci Sam, la nouvelle grille est validée par le comité."),
      (ME, "+1h", "Parfait, bravo à l'équipe !"),
      ("a", "-1d 14:30", "Bonjour Sam, j'espère que vous allez bien. Deux ans après notre travail sur la gamme visage, nous lançons une ligne de soins pour hommes et j'aimerais vous associer dès le départ pour le positionnement prix. Pouvons-nous prévoir un échange en visio la semaine prochaine ?"),
  ], focus=True)]),

S("li-0535", True, "In German, a university classmate who connected years ago now organises a business congress and invites Sam to give a paid keynote, asking to phone.",
  "reengagement ask_call non_english lang_de",
  {"a": li("Hilmar Eschenbach")},
  [net("a", [
      ("a", "-1700d 20:00", "Hi Sam, schön, dich nach all den Jahren seit dem Studium hier zu finden!"),
      (ME, "+1d", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 10:40", "Hallo Sam, ich organisiere inzwischen den Mittelstandskongress Ostwestfalen (rund 900 Teilnehmer) und wir suchen eine Keynote zum Thema Preiserhöhungen. Honorar und Reise übernehmen wir. Lass uns telefonieren, wann passt es dir diese Woche?"),
  ], focus=True)]),

S("li-0536", True, "In German, a fellow consultant Sam knows asks whether he has capacity for eight paid days on a furniture maker's pricing project and to phone her.",
  "ask_call ask_rates non_english lang_de",
  {"a": li("Friederike Nottebohm")},
  [dm(L, "a", [
      ("a", "-60d 17:00", "Danke für den Tipp mit dem Steuerberater!"),
      (ME, "+1h", "Gern geschehen!"),
      ("a", "-1d 11:30", "Hallo Sam, ich habe eine Anfrage für ein Pricing-Projekt bei einem Möbelhersteller bekommen, die ich allein nicht stemmen kann. Hättest du im nächsten Monat Kapazität für etwa acht Tage? Tagessatz nach deiner Vorstellung. Ruf mich gern an, heute oder morgen."),
  ], focus=True)]),

S("li-0537", True, "In Portuguese, a winery client introduces her neighbour in a group message and he asks to meet Sam in Lisbon next week about his tasting prices.",
  "introduction first_contact ask_meeting non_english lang_pt",
  {"k": li("Madalena Arruda Pestana"), "n": li("Rui Valadares Couto")},
  [dm(L, "k", [
      ("k", "-90d 16:00", "A nova tabela para os restaurantes já está em vigor. Obrigada, Sam!"),
      (ME, "+1h", "Excelente, Madalena!"),
  ]),
   dm(L, "k n", [
      ("k", "-3d 10:00", "Sam, apresento-te o Rui, meu vizinho no Douro, tem um turismo rural com provas de vinho. Falei-lhe do trabalho que fizeste connosco."),
      ("n", "+5h", "Obrigado, Madalena! Olá Sam, muito prazer. Temos oito quartos e as provas são gratuitas para os hóspedes, o que talvez seja um erro. Estou em Lisboa na próxima semana, podíamos encontrar-nos para um café?"),
  ], focus=True)]),

S("li-0538", True, "An acquaintance from a forum five months ago, now heading an association of energy co-ops, indirectly asks for half an hour on membership fees.",
  "reengagement indirect_ask ask_feedback",
  {"a": li("Dervla Hawksworth")},
  [net("a", [
      ("a", "-160d 19:00", "Lovely to meet you at the Brussels social enterprise forum!"),
      (ME, "+1h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 15:10", "Hi Sam, I've just become director of a small association of community energy co-ops and we're redesigning membership fees, which is turning into a minefield. If you ever have half an hour, I'd love to run our idea past you. Is that something you'd be open to? We do have a small budget for advice."),
  ], focus=True)]),

S("li-0539", True, "Someone Sam managed six years ago, now a founder, wants to hire him to set a marketplace's take rate and they agree a call on Tuesday.",
  "reengagement ask_call reciprocity",
  {"a": li("Jasper Okonedo-Wilde")},
  [dm(L, "a", [
      ("a", "-2300d 18:00", "Thanks for being the best manager I've had, Sam. I'll miss our Friday one-to-ones."),
      (ME, "+1h", "You'll do great, Jasper."),
      ("a", "-1d 10:00", "Sam! Six years later, I'm finally the founder you said I'd be 😄 We're building a marketplace for refurbished lab equipment and the take rate is the one decision I keep putting off. I'd like to hire you to help us get it right. Could we have a call next week?"),
      (ME, "+3h", "Jasper! So good to hear from you. Yes, Monday or Tuesday afternoon?"),
      ("a", "+30m", "Tuesday 3pm, I'll send an invite."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 12: people Sam already knows (no call)
S("li-0540", False, "A former colleague silent for two years congratulates Sam on a visiting lectureship and they exchange pleasantries; no ask.",
  "small_talk reengagement reciprocity",
  {"a": li("Montague Ellsworth")},
  [dm(L, "a", [
      ("a", "-780d 12:00", "All the best with the move, Sam."),
      (ME, "+1h", "Thanks Monty!"),
      ("a", "-1d 16:00", "Congrats on the visiting lecturer role, Sam! Well deserved."),
      (ME, "+4h", "Thanks Monty, kind of you!"),
      ("a", "+1h", "Hope it's fun. Let's not leave it so long next time."),
  ], focus=True)]),

S("li-0541", False, "A past client tells Sam she has posted a recommendation for the work he did two years ago and he thanks her; thanks for past work.",
  "small_talk reengagement reciprocity",
  {"a": li("Rosamund Grantham-Oyelade")},
  [dm(L, "a", [
      ("a", "-700d 17:00", "Project wrapped, thanks for everything Sam."),
      (ME, "+1h", "Thank you, Rosamund!"),
      ("a", "-2d 10:00", "Hi Sam, I've just posted a recommendation on your profile. The pricing work you did for us is still paying off every month. Thanks again!"),
      (ME, "+2h", "Thank you so much, that's really generous."),
  ], focus=True)]),

S("li-0542", False, "An old contact silent for four years now runs a lead-gen agency and offers Sam a 'pilot at cost' with a call Thursday; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": li("Desmond Quarrington")},
  [dm(L, "a", [
      ("a", "-1400d 14:00", "Good to meet you at the Bristol breakfast, Sam."),
      (ME, "+2h", "Likewise, Desmond."),
      ("a", "-1d 09:00", "Sam! Long time no speak. Quick one: I now run a lead-gen agency for consultants, we book 10-15 qualified sales calls a month straight into your calendar. Given our history I'd do a pilot month at cost. Open to a quick call Thursday?"),
  ], focus=True)]),

S("li-0543", False, "A conference acquaintance asks for Sam's former boss's e-mail, Sam gives it in one line, and she thanks him; settled.",
  "trivial_question reciprocity closed",
  {"a": li("Eulalia Breckenridge")},
  [dm(L, "a", [
      ("a", "-40d 18:00", "Lovely chatting at the retail forum!"),
      (ME, "+1h", "Likewise, Eulalia."),
      ("a", "-1d 11:00", "Hi Sam, do you happen to have Graham Tulliver's e-mail? I'd like to invite him to our panel and he's not on here."),
      (ME, "+1h", "Sure: graham.tulliver@example.com"),
      ("a", "+10m", "Thanks a million!"),
  ], focus=True)]),

S("li-0544", False, "A former client asked for a call about partner-programme pricing ten weeks ago, Sam proposed days and he never replied; stale.",
  "stale ask_call reciprocity reengagement",
  {"a": li("Torquil Maddox")},
  [dm(L, "a", [
      ("a", "-300d 15:00", "Thanks Sam, the new discount rules are working."),
      (ME, "+1h", "Glad to hear it, Torquil."),
      ("a", "-70d 10:00", "Sam, can we find 30 minutes for a call about our partner programme pricing?"),
      (ME, "+2h", "Of course. Next Tuesday or Wednesday?"),
  ], focus=True)]),

S("li-0545", False, "Sam suggested a catch-up call to a former client three months ago and there has been no answer; owner only.",
  "owner_only ask_call",
  {"a": li("Georgiana Pellow")},
  [dm(L, "a", [
      ("a", "-500d 12:00", "Invoice settled. Thanks for a great project, Sam."),
      (ME, "+1h", "Thank you, Georgiana."),
      (ME, "-95d 09:30", "Hi Georgiana, I hope the new pricing is treating you well. Shall we catch up on a call this quarter?"),
  ], focus=True)]),

S("li-0546", False, "A conference acquaintance thanks Sam for yesterday's call about a free tier and reports the decision; the call already happened.",
  "closed reciprocity ask_call reengagement",
  {"a": li("Ansel Brightmore")},
  [net("a", [
      ("a", "-200d 19:00", "Good to meet you at the SaaS night!"),
      (ME, "+1h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-5d 10:00", "Sam, could I borrow 20 minutes this week? We're debating a free tier."),
      (ME, "+2h", "Sure, Wednesday 4pm?"),
      ("a", "+10m", "Great"),
      ("a", "-2d 10:00", "Thanks for the call yesterday, Sam. Very clear. We're going with a 14-day trial instead of a free tier, as you suggested."),
      (ME, "+1h", "Sounds right. Good luck with the launch!"),
  ], focus=True)]),

S("li-0547", False, "A former client asks for help pricing a maintenance service, then withdraws because her board shelved the service line.",
  "closed ask_help reciprocity",
  {"a": li("Cordelia Fenwright")},
  [dm(L, "a", [
      ("a", "-100d 11:00", "Happy new year, Sam!"),
      (ME, "+1h", "And to you, Cordelia!"),
      ("a", "-4d 09:00", "Hi Sam, could you help us price a new maintenance service? Happy to pay, of course."),
      (ME, "+3h", "Sure, tell me more."),
      ("a", "-2d 16:00", "Apologies, scrap that: the board has just shelved the whole service line. I'll be in touch if it comes back."),
      (ME, "+1h", "Understood, thanks for letting me know."),
  ], focus=True)]),

S("li-0548", False, "Old university friends joke under Sam's post about the ball tickets he priced at £3 and lost money on; nostalgic banter.",
  "small_talk reciprocity many_turns",
  {"a": li("Rupert Tregothnan"), "b": li("Saffron Ogilvy-Marsh")},
  [th(L, [
      (ME, "-2d 08:00", "The first thing I ever priced: tickets for our university ball. £3. We lost money, and I learned more than in any lecture."),
      ("a", "+1h", "I was there! The DJ cost more than the tickets brought in 😂"),
      ("b", "+20m", "And Rupert ate half the canapés."),
      (ME, "+30m", "Both true. Worst P&L of my life."),
      ("a", "+10m", "We'd have paid £10 for that night, you know."),
  ], focus=True)]),

S("li-0549", False, "A former client launching a product asks Sam to like and comment on the launch post for reach; Sam does and he thanks him.",
  "small_talk promotional reengagement reciprocity",
  {"a": li("Sebastiano Corrigan")},
  [dm(L, "a", [
      ("a", "-300d 16:00", "Thanks for the workshop, the team is still quoting you."),
      (ME, "+1h", "Ha, glad to hear it!"),
      ("a", "-1d 09:05", "Hey Sam! We launched today 🚀 Would you mind liking and leaving a comment on the launch post? The first hour matters for the algorithm."),
      (ME, "+2h", "Done, congrats!"),
      ("a", "+5m", "You're a star, thank you!"),
  ], focus=True)]),

S("li-0550", False, "A former colleague comments condolences under Sam's post about the death of his first boss, and Sam thanks him.",
  "small_talk reengagement reciprocity",
  {"a": li("Winslow Pardoe")},
  [dm(L, "a", [
      ("a", "-600d 13:00", "Enjoying the newsletter, Sam."),
      (ME, "+1h", "Thanks Winslow!"),
  ]),
   th(L, [
      (ME, "-2d 09:00", "Yesterday we lost Margaret Hale, who gave me my first job and taught me that a price is a promise. Thank you, Margaret."),
      ("a", "+3h", "So sorry, Sam. She was a force. I still remember her red pen on every proposal. Thinking of you."),
      (ME, "+2h", "Thank you, Winslow. That red pen!"),
  ], focus=True)]),

S("li-0551", False, "A former client asks for help bidding against a firm Sam is currently working for; Sam declines over the conflict and he accepts.",
  "declined closed reciprocity reengagement ask_call",
  {"a": li("Bertram Ollerenshaw")},
  [dm(L, "a", [
      ("a", "-400d 10:00", "Thanks again, the new rate card is live."),
      (ME, "+1h", "Great, Bertram."),
      ("a", "-3d 14:00", "Sam, we're bidding against Threadgold & Sons for a big contract and I'd love your help on our pricing. Could we talk this week?"),
      (ME, "+4h", "Bertram, thanks for thinking of me. I'm working with Threadgold on a separate project right now, so I can't help on this one. Sorry!"),
      ("a", "+1h", "Ah, fair enough. Appreciate the honesty."),
  ], focus=True)]),

S("li-0552", False, "A former colleague silent for two years, now at a pricing-software vendor, asks for a demo call on LinkedIn and Twitter in the same week; a pitch.",
  "promotional cross_platform keyword_trap reengagement",
  {"a": P("Evelina Marchbank", tw="evelina_pricepulse", li=True)},
  [dm(L, "a", [
      ("a", "-800d 12:00", "Sorry to see you go, Sam!"),
      (ME, "+1h", "Thanks Evelina!"),
      ("a", "-3d 10:00", "Hi Sam! Long time. I'm now at PricePulse, we help consultants benchmark client prices in real time. Given your work I think you'd love it. Could I show you a 20-minute demo this week?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 15:00", "Hey Sam, also dropped you a line on LinkedIn about PricePulse 🙂 demo slots open Thursday and Friday, want one?"),
  ], focus=True)]),

S("li-0553", False, "Someone Sam met at a dinner two years ago sends a LinkedIn invitation with no note; nothing to continue.",
  "no_message reengagement",
  {"a": P("Aurelio Bastida", li=True)},
  [dm(F, "a", [
      ("a", "-700d 23:00", "Nice meeting you at Inês's dinner!"),
      (ME, "+9h", "Likewise, Aurelio!"),
  ]),
   net("a", [
      ("a", "-1d 08:10", ""),
  ], focus=True)]),

S("li-0554", False, "In Spanish, a former colleague silent for over two years congratulates Sam on his book and Sam thanks him; congratulations only.",
  "small_talk reengagement reciprocity non_english lang_es",
  {"a": li("Eulogio Caravaca Ferrer")},
  [dm(L, "a", [
      ("a", "-900d 12:00", "¡Mucha suerte por Lisboa!"),
      (ME, "+1h", "¡Gracias, Eulogio!"),
      ("a", "-2d 19:00", "¡Enhorabuena por el libro, Sam! Lo vi en una librería de Zaragoza y me hizo muchísima ilusión. Un abrazo."),
      (ME, "+3h", "¡Gracias, Eulogio! Un abrazo grande."),
  ], focus=True)]),

S("li-0555", False, "In Spanish, a classmate silent for over three years sells Sam a master's programme with an alumni discount and offers to call; selling.",
  "promotional keyword_trap reengagement non_english lang_es",
  {"a": li("Celestino Mayoral Abad")},
  [dm(L, "a", [
      ("a", "-1300d 20:00", "¡Qué buena la cena de antiguos alumnos!"),
      (ME, "+2h", "¡Hay que repetir!"),
      ("a", "-2d 11:00", "Hola Sam, ¿cómo va todo? Soy director comercial en una escuela de negocios online y tenemos un Máster en Dirección Comercial con una beca del 40% para antiguos compañeros. Creo que te encajaría genial para dar un salto. ¿Te llamo diez minutos y te lo explico?"),
  ], focus=True)]),

S("li-0556", False, "A fellow consultant asks whether Sam invoices Swiss clients in francs or euros, gets a one-line answer and thanks him; settled.",
  "trivial_question closed reciprocity",
  {"a": li("Lucinda Farquharson")},
  [dm(L, "a", [
      ("a", "-50d 18:00", "Great to finally meet in person!"),
      (ME, "+1h", "Likewise, Lucinda."),
      ("a", "-1d 13:00", "Hi Sam, quick question: for Swiss clients, do you invoice in CHF or EUR?"),
      (ME, "+30m", "EUR, with the exchange-rate risk written into the terms."),
      ("a", "+10m", "Perfect, that's what I needed. Thanks!"),
  ], focus=True)]),

S("li-0557", False, "In French, a business-school classmate now working as a headhunter sends a permanent pricing-director role and asks for a call; a recruiter pitch.",
  "recruiter_template keyword_trap reengagement non_english lang_fr",
  {"a": li("Hortense Villeneuve-Saclay")},
  [dm(L, "a", [
      ("a", "-1600d 21:00", "Quelle soirée de remise des diplômes !"),
      (ME, "+12h", "Mémorable !"),
      ("a", "-1d 09:30", "Bonjour Sam, j'espère que tu vas bien depuis l'école ! Je suis aujourd'hui chasseuse de têtes et ton profil correspond parfaitement à une mission que je mène : Directeur Pricing, CDI, grand groupe industriel, Paris. Package très attractif. Serais-tu ouvert à un échange téléphonique cette semaine ?"),
  ], focus=True)]),

S("li-0558", False, "In French, a former client asked for a workshop quote eight weeks ago, Sam asked for details, and nothing has come back; stale.",
  "stale ask_rates reciprocity reengagement non_english lang_fr",
  {"a": li("Évariste Malaurie")},
  [dm(L, "a", [
      ("a", "-500d 16:00", "Merci pour la restitution, très claire."),
      (ME, "+1h", "Merci Évariste !"),
      ("a", "-55d 10:00", "Bonjour Sam, pourriez-vous m'envoyer un devis pour un atelier d'une journée sur les prix avec notre équipe commerciale ?"),
      (ME, "+3h", "Bonjour Évariste, avec plaisir. Combien de personnes, et quelles dates envisagez-vous ?"),
  ], focus=True)]),

S("li-0559", False, "In German, a former colleague sends LinkedIn's pre-filled work-anniversary congratulation; automated small talk.",
  "automated small_talk reengagement non_english lang_de",
  {"a": li("Gundula Westphal")},
  [dm(L, "a", [
      ("a", "-700d 10:00", "Alles Gute für die Selbstständigkeit!"),
      (ME, "+1h", "Danke Gundula!"),
      ("a", "-1d 07:40", "Herzlichen Glückwunsch zum Arbeitsjubiläum!"),
  ], focus=True)]),

S("li-0560", False, "In German, a former colleague silent for over two years invites Sam into his paid mastermind circle and asks for a call; selling to Sam.",
  "promotional keyword_trap reengagement non_english lang_de",
  {"a": li("Engelbert Rottmann")},
  [dm(L, "a", [
      ("a", "-900d 15:00", "Viel Glück beim Neustart, Sam!"),
      (ME, "+1h", "Danke, Engelbert!"),
      ("a", "-2d 12:00", "Servus Sam! Lange her. Ich leite jetzt einen Mastermind-Kreis für selbstständige Berater, zwölf Leute, einmal im Monat in München. Dachte sofort an dich. Die Mitgliedschaft kostet 2.400 € im Jahr, aber der Austausch ist Gold wert. Lass uns kurz telefonieren, dann erzähl ich dir mehr!"),
  ], focus=True)]),

S("li-0561", False, "A fellow consultant suggests a beer after the sessions at next month's barcamp and Sam agrees; a social plan, not an ask.",
  "small_talk keyword_trap reciprocity",
  {"a": li("Quentin Arbogast")},
  [dm(L, "a", [
      ("a", "-60d 21:00", "Great talk tonight!"),
      (ME, "+1h", "Thanks Quentin!"),
      ("a", "-1d 17:00", "Sam, are you going to the Lisbon pricing barcamp next month? We should meet for a beer after the sessions, the last one was legendary."),
      (ME, "+2h", "Yes, see you there! First round's mine."),
      ("a", "+10m", "Deal 🍻"),
  ], focus=True)]),

S("li-0562", False, "In Portuguese, a former colleague's farewell post tags Sam among a dozen colleagues and Sam wishes her luck; a mass tag.",
  "mass_mention small_talk reengagement reciprocity non_english lang_pt",
  dict(crowd(11, 512), a=li("Conceição Braga Antunes")),
  [dm(L, "a", [
      ("a", "-1000d 17:00", "Obrigada pela formação, Sam!"),
      (ME, "+1h", "Foi um prazer, Conceição."),
  ]),
   th(L, [
      ("a", "-2d 17:00", "Hoje é o meu último dia na Lusolog, depois de nove anos. Obrigada a todos os que fizeram parte desta viagem, em especial a estas pessoas 👇", {"at": ats(11)}),
      (ME, "+3h", "Boa sorte, Conceição! Foi um prazer trabalhar contigo."),
  ], focus=True)]),

S("li-0563", False, "In Portuguese, a former client thanks Sam for yesterday's call about the distributor price list and reports it went well; closed.",
  "closed reciprocity reengagement ask_call non_english lang_pt",
  {"a": li("Joana Mascarenhas Vidal")},
  [dm(L, "a", [
      ("a", "-300d 12:00", "Obrigada, Sam, a nova política de descontos já está em vigor."),
      (ME, "+1h", "Excelente, Joana!"),
      ("a", "-5d 10:00", "Olá Sam, podemos falar amanhã sobre a nova tabela de preços para os distribuidores?"),
      (ME, "+2h", "Claro, às 11h?"),
      ("a", "+10m", "Combinado."),
      ("a", "-3d 17:00", "Obrigada pela conversa de ontem, Sam! Já enviámos a nova tabela aos distribuidores e a reação foi melhor do que esperávamos."),
      (ME, "+1h", "Ótimo, Joana! Qualquer coisa, diz."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 13: a plain month of Sam's inbox
S("li-0564", True, "A data-pipeline SaaS co-founder sends an invitation whose note asks for 20 minutes on a call before they move from seats to usage; Sam accepts.",
  "ask_call first_contact",
  {"a": li("Anselm Pritchard-Kaur")},
  [net("a", [
      ("a", "-2d 16:00", "Hi Sam, co-founder of a data-pipeline SaaS (Series A). We're switching from per-seat to usage-based pricing next quarter and I'd love 20 minutes with you before we commit. Open to a call?"),
      (ME, "+4h", "", "connection"),
  ], focus=True)]),

S("li-0565", True, "The sales director of a Rotterdam logistics firm asks for Sam's fees for a two-day value-pricing workshop and answers his question about the group.",
  "ask_rates first_contact reciprocity",
  {"a": li("Femke Vandersloot")},
  [dm(L, "a", [
      ("a", "-4d 09:15", "Dear Sam, I lead sales at Corvelle Freight, a 120-person logistics company in Rotterdam. We would like a two-day workshop on value-based pricing for our account managers in the third quarter. Could you share your fees and availability?"),
      (ME, "+3h", "Dear Femke, thank you for reaching out. How many account managers, and would it be on site in Rotterdam?"),
      ("a", "+2h", "Fourteen people, on site. I'd also welcome a short call to discuss the content once you've sent the fees."),
  ], focus=True)]),

S("li-0566", True, "In German, the managing director of a third-generation valve maker formally asks for a quote to overhaul their price lists and a phone appointment.",
  "ask_rates ask_call first_contact non_english lang_de",
  {"a": li("Gerlinde Hasenkamp")},
  [dm(L, "a", [
      ("a", "-2d 08:30", "Sehr geehrter Herr Rivera, als Familienunternehmen in dritter Generation (Armaturen für die Lebensmittelindustrie, 210 Mitarbeitende, Sitz in Bielefeld) haben wir ein Problem: Unsere Preislisten sind über Jahrzehnte gewachsen und kaum noch nachvollziehbar. Wir würden gern ein Angebot für eine Überarbeitung einholen. Wäre ein Telefontermin in der kommenden Woche möglich? Mit freundlichen Grüßen, Dr. Gerlinde Hasenkamp, Geschäftsführerin"),
  ], focus=True)]),

S("li-0567", True, "In Swiss German, a Zurich fintech product manager asks Sam for honest, paid feedback on their new pricing page before launch and sends the link.",
  "ask_feedback first_contact reciprocity non_english lang_de",
  {"a": li("Nadja Brüggemann-Steiner")},
  [dm(L, "a", [
      ("a", "-3d 14:20", "Hoi Sam! Ich bin PM bei einem kleinen Fintech in Zürich (Budget-App für KMU). Nächsten Monat geht unsere neue Pricing-Seite live und ich habe das Gefühl, sie ist zu kompliziert. Würdest du mal drüberschauen und mir ehrliches Feedback geben? Gerne auch bezahlt."),
      (ME, "+2h", "Hoi Nadja, gern. Schick mir den Link!"),
      ("a", "+20m", "Hier: kassenklar.example/preise-beta, Passwort: vorschau. Danke dir, ich bin gespannt!"),
  ], focus=True)]),

S("li-0568", True, "In Brazilian Portuguese, a Curitiba founder of veterinary-clinic software asks for a half-hour chat about volume discounts for clinic chains.",
  "ask_chat first_contact non_english lang_pt",
  {"a": li("Renan Kowalczyk Prado")},
  [dm(L, "a", [
      ("a", "-1d 20:40", "Oi Sam, tudo bem? Sou fundador de uma startup de software para clínicas veterinárias em Curitiba. A gente cobra por clínica, mas as redes grandes estão pedindo desconto por volume e eu não sei estruturar isso sem destruir a margem. Topa bater um papo de meia hora? Me adapto ao seu fuso."),
  ], focus=True)]),

S("li-0569", True, "In Portuguese, a university lecturer invites Sam to teach a paid three-hour session on pricing and they agree on a phone call on Thursday.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": li("Amândio Serrazina Gouveia")},
  [dm(L, "a", [
      ("a", "-3d 11:00", "Caro Sam, sou docente na Universidade do Minho e coordeno uma pós-graduação em gestão comercial. Gostaríamos de o convidar para uma sessão de três horas sobre estratégia de preços no próximo semestre, naturalmente remunerada. Podíamos falar por telefone esta semana para acertar os pormenores?"),
      (ME, "+3h", "Caro Amândio, com todo o gosto. Quinta à tarde dá-lhe jeito?"),
      ("a", "+1h", "Quinta às 15h, ligo-lhe eu. Obrigado!"),
  ], focus=True)]),

S("li-0570", True, "In Spanish, the export manager of a Chilean winery formally asks Sam for a Teams meeting next week about their European export prices.",
  "ask_meeting first_contact non_english lang_es",
  {"a": li("Ignacio Fuenzalida Rojas")},
  [dm(L, "a", [
      ("a", "-2d 13:10", "Estimado Sam: le escribo desde Viña Quelentaro, en el valle del Maule. Estamos revisando nuestros precios de exportación para Europa y nos gustaría contar con asesoría externa. ¿Sería posible coordinar una videoconferencia por Teams durante la próxima semana? Quedo atento a su disponibilidad. Saludos cordiales, Ignacio Fuenzalida, Gerente de Exportaciones."),
  ], focus=True)]),

S("li-0571", True, "A Manchester bakery owner losing money on wholesale bread writes on LinkedIn and again on Facebook three days later asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": li("Wanda Przybylska-Hart")},
  [dm(L, "a", [
      ("a", "-5d 10:30", "Hi Sam, I run Rye & Honey, four bakery-cafés in Manchester. We've started selling bread wholesale to 12 cafés and I suspect we lose money on every loaf. Could we talk?"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-2d 19:15", "Hi Sam, Wanda from Rye & Honey here. I messaged you on LinkedIn earlier this week but wasn't sure you'd seen it. Would love to arrange a call about our wholesale prices when you have a moment!"),
  ], focus=True)]),

S("li-0572", True, "A past client introduces a dental-lab SaaS COO in a group message and he asks Sam for a call about their plans, which they schedule.",
  "introduction first_contact ask_call reciprocity",
  {"k": li("Cordelia Waterhouse-Imani"), "n": li("Stellan Bergkvist")},
  [dm(L, "k", [
      ("k", "-95d 16:00", "The new plans are live and sign-ups are up. Thank you Sam!"),
      (ME, "+1h", "Great news, Cordelia!"),
  ]),
   dm(L, "k n", [
      ("k", "-3d 09:30", "Sam, Stellan, introducing you as promised. Stellan is COO at a SaaS for dental labs and they're about to rethink their plans. Sam is the person who fixed ours."),
      ("n", "+2h", "Thanks Cordelia! Hi Sam, great to meet you. We have three plans and 80% of customers sit on the cheapest one. Would you have time for a call next week?"),
      (ME, "+3h", "Nice to meet you, Stellan. Tuesday or Thursday morning?"),
      ("n", "+30m", "Thursday 10:00 works, I'll send an invite."),
  ], focus=True)]),

S("li-0573", True, "Sam's former manager, silent for five years and now CEO of a homeware chain, asks him to take on a markdown project and get on a call next week.",
  "reengagement ask_call",
  {"a": li("Evangeline Thorogood")},
  [dm(L, "a", [
      ("a", "-1850d 12:00", "Congratulations on going independent, Sam. Dunraven won't be the same."),
      (ME, "+2h", "Thank you, Evangeline, for everything."),
      ("a", "-1d 18:00", "Sam, it's been far too long. I'm now CEO at Pennywhistle Home, 46 homeware stores in the UK and Ireland, and our markdowns are eating us alive. I remember how you sorted that out at Dunraven. Would you consider a project with us? Let's get on a call next week."),
  ], focus=True)]),

S("li-0574", True, "A subscription-box founder new to Sam asks a string of substantive questions about annual discounts under his post while he answers within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": li("Kwabena Ashworth-Lindgren")},
  [th(L, [
      (ME, "-2d 08:30", "An annual discount should buy you something: cash up front, commitment, or a case study. Never just goodwill."),
      ("a", "+1h", "We give 20% off for annual on our tea subscription box. Are you saying the discount should depend on what we get in return?"),
      (ME, "+8m", "Yes. If you need cash for stock, price the discount against what that cash would cost you to borrow. 20% is usually far too generous."),
      ("a", "+6m", "Interesting. Our churn in month 3 is brutal though, the annual plan is what keeps people past that."),
      (ME, "+5m", "Then the discount is buying retention. Compare it with the lifetime value of a monthly subscriber who leaves in month 3."),
      ("a", "+9m", "Would you keep the same 20% for gift subscriptions? Those are almost all annual and nobody churns."),
  ], focus=True)]),

S("li-0575", True, "A business-weekly reporter working on shrinkflation for Thursday's issue asks to call Sam tomorrow for quotes and Sam agrees.",
  "ask_call first_contact reciprocity",
  {"a": li("Anjuli Fairweather")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Hi Sam, I'm a reporter at The Merchant Weekly working on a piece about shrinkflation in supermarkets for Thursday's issue. Would you have 15 minutes on the phone tomorrow for a few quotes?"),
      (ME, "+1h", "Sure, Anjuli. 11:00 tomorrow works, I'll message you my number."),
      ("a", "+10m", "Perfect, thank you so much!"),
  ], focus=True)]),

S("li-0576", True, "An engineering consultancy's HR director whose managers cave on day rates indirectly asks whether Sam would take on in-house training.",
  "indirect_ask ask_help first_contact",
  {"a": li("Cassius Whitbread-Onu")},
  [dm(L, "a", [
      ("a", "-3d 12:30", "Hi Sam, I'm HR director at a 300-person engineering consultancy. Our project managers negotiate day rates directly with clients and they cave on price far too often. I was wondering whether you ever run training on that for internal teams. Would that be something you'd consider taking on?"),
  ], focus=True)]),

S("li-0577", True, "A SaaS founder whose customers started cancelling after yesterday's price announcement asks Sam to talk today or tomorrow, before Friday's board.",
  "ask_help ask_call first_contact",
  {"a": li("Oksana Mirelli-Dunne")},
  [dm(L, "a", [
      ("a", "-1d 16:50", "Sam, we announced a new pricing model to our 900 customers yesterday and cancellation requests are coming in faster than we can answer them. Our board meets on Friday. I need someone who has seen this before. Can you talk today or tomorrow?"),
  ], focus=True)]),

S("li-0578", True, "A pricing analyst six months into freelancing asks Sam to mentor her with a paid monthly call and takes up his offer of an intro call.",
  "ask_call ask_help first_contact reciprocity",
  {"a": li("Jovana Stefanović-Reid")},
  [dm(L, "a", [
      ("a", "-4d 19:00", "Hi Sam, I'm six months into freelancing as a pricing analyst and your posts are basically my curriculum. Would you be open to mentoring me, say a one-hour call a month? I'm happy to pay your rate."),
      (ME, "+12h", "Hi Jovana, glad they help! Let's start with a 30-minute intro call and see if it's a fit."),
      ("a", "+1h", "Amazing, thank you! Any afternoon next week works for me."),
  ], focus=True)]),

S("li-0579", True, "The programme lead of a 900-attendee retail conference in Aarhus invites Sam to give a paid opening keynote and asks to schedule a call.",
  "ask_call first_contact",
  {"a": li("Signe Holmgaard-Price")},
  [dm(L, "a", [
      ("a", "-2d 10:45", "Hello Sam, I'm programme lead for Nordic Retail Days in Aarhus (around 900 attendees). Our board would be delighted if you opened the event with a keynote on pricing in a low-growth economy. Fee and travel are covered. Could we schedule a call to discuss?"),
  ], focus=True)]),

S("li-0580", False, "A stranger sends an invitation without a note.",
  "no_message first_contact",
  {"a": li("Horatio Pembleton")},
  [net("a", [
      ("a", "-1d 22:00", ""),
  ], focus=True)]),

S("li-0581", False, "In Spanish, a sponsored InMail with an unfilled name placeholder promotes an online executive MBA.",
  "automated promotional first_contact non_english lang_es",
  {"a": P("Escuela Aurea de Negocios", li="")},
  [dm(L, "a", [
      ("a", "-2d 12:00", "Hola %FIRSTNAME%, ¿listo para llevar tu carrera al siguiente nivel? Nuestro MBA Ejecutivo online se adapta a tu agenda. Solicita hoy tu sesión informativa gratuita."),
  ], focus=True)]),

S("li-0582", False, "A recruiter's template about a VP Monetisation role at a scale-up asks Sam for a quick call; a recruiter, not a client.",
  "recruiter_template promotional keyword_trap first_contact",
  {"a": li("Jemima Staunton-Cole")},
  [dm(L, "a", [
      ("a", "-3d 09:00", "Hi Sam, your pricing background caught my eye straight away. I'm partnering with a high-growth scale-up on a brand-new VP Monetisation position (remote-first, generous equity) and you'd be a fantastic match. Free for a quick call this week?"),
  ], focus=True)]),

S("li-0583", False, "In German, a headhunter's template about a permanent Head of Pricing role near Stuttgart asks for a short phone call; a recruiter.",
  "recruiter_template promotional keyword_trap first_contact non_english lang_de",
  {"a": li("Torsten Wachtendorf")},
  [dm(L, "a", [
      ("a", "-2d 08:15", "Hallo Herr Rivera, Ihr Werdegang passt hervorragend zu einem Mandat, das ich aktuell betreue: Ein namhafter Maschinenbauer sucht einen Head of Pricing (m/w/d) in Festanstellung, Raum Stuttgart. Hätten Sie Zeit für ein kurzes Telefonat?"),
  ], focus=True)]),

S("li-0584", False, "Right after Sam accepts an invitation, a 'Thanks for connecting!' auto-DM pushes a LinkedIn-automation guide; automated selling.",
  "automated promotional first_contact",
  {"a": li("Brock Ellesmere")},
  [net("a", [
      ("a", "-2d 09:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 14:02", "Great to be connected, Sam! 🙌 Consultants use my LinkedIn automation system to add 5 clients a month. Free guide here: autopilotclients.example/guide"),
  ], focus=True)]),

S("li-0585", False, "A connection sends LinkedIn's pre-filled work-anniversary congratulations.",
  "automated small_talk",
  {"a": li("Lorcan Beaumont-Sy")},
  [net("a", [
      (ME, "-300d 10:00", ""),
      ("a", "+6h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-1d 13:00", "Congrats on your work anniversary!"),
  ], focus=True)]),

S("li-0586", False, "A conference's 'meet our speakers' post tags Sam among a dozen speakers; a mass mention.",
  "mass_mention small_talk",
  dict(crowd(12, 615), a=li("Amadea Krüger-Solís")),
  [th(L, [
      ("a", "-2d 11:00", "Meet the speakers of Commerce Forward this year! 🎤 Eighteen talks, one day, one stage. So proud of this line-up 👇", {"at": ats(12)}),
  ], focus=True)]),

S("li-0587", False, "In Portuguese, a former colleague congratulates Sam on his book and he thanks her; congratulations with nothing to continue.",
  "small_talk reciprocity non_english lang_pt",
  {"a": li("Teresa Valadim Corte-Real")},
  [dm(L, "a", [
      ("a", "-90d 17:00", "Boas festas, Sam!"),
      (ME, "+2h", "Igualmente, Teresa!"),
      ("a", "-1d 21:10", "Parabéns pelo livro, Sam! Já encomendei o meu 📚"),
      (ME, "+9h", "Obrigado, Teresa! Depois diz-me o que achaste."),
  ], focus=True)]),

S("li-0588", False, "A lead-generation seller asks if Sam is open to more clients and offers pay-per-meeting appointments over a 15-minute call.",
  "promotional keyword_trap first_contact",
  {"a": li("Colton Marchbank")},
  [dm(L, "a", [
      ("a", "-1d 15:30", "Hi Sam, quick question: are you open to taking on more clients this quarter? We book 8-12 qualified meetings a month for B2B consultants, and you only pay per meeting. Worth a quick 15-min call?"),
  ], focus=True)]),

S("li-0589", False, "A known contact introduces a CPQ vendor who immediately asks Sam for a 20-minute demo; a pitch through an introduction.",
  "introduction promotional keyword_trap first_contact",
  {"k": li("Araminta Drury"), "n": li("Yannick Oberholzer")},
  [dm(L, "k", [
      ("k", "-150d 11:00", "Thanks for the talk at our offsite, Sam."),
      (ME, "+1h", "A pleasure, Araminta!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 10:00", "Sam, meet Yannick. He's built something for consultancies that I think you'll like."),
      ("n", "+15m", "Thanks Araminta! Sam, our CPQ tool lets consultants build priced proposals in minutes. Could I show you a 20-minute demo this week? First three months free for you."),
  ], focus=True)]),

S("li-0590", False, "A stranger comments that Sam's post on raising prices should be called what it is, a sales pitch; hostile.",
  "hostile keyword_trap first_contact",
  {"a": li("Reginald Stubbington")},
  [th(L, [
      (ME, "-1d 07:30", "Small businesses don't lose customers by raising prices. They lose them by raising prices badly."),
      ("a", "+4h", "Another consultant telling businesses to charge more. Someone ought to call this what it is: a sales pitch. Try running a shop in this economy."),
  ], focus=True)]),

S("li-0591", False, "In Spanish, a distributor's sales head thanks Sam for yesterday's call on how to present a price rise; the call has happened.",
  "closed ask_call reciprocity first_contact non_english lang_es",
  {"a": li("Rocío Villalustre Gómez")},
  [dm(L, "a", [
      ("a", "-6d 10:30", "Hola Sam, ¿podríamos hablar esta semana? Tenemos que comunicar una subida de precios a nuestros distribuidores y no sabemos cómo plantearla."),
      (ME, "+2h", "Hola Rocío, claro. ¿El miércoles a las 12h?"),
      ("a", "+20m", "Perfecto."),
      ("a", "-1d 18:00", "Mil gracias por la charla de ayer, Sam. Ahora sí sabemos cómo contarlo. Ya estamos preparando la carta."),
      (ME, "+1h", "¡Un placer, Rocío! Mucha suerte."),
  ], focus=True)]),

S("li-0592", False, "In Portuguese, a prospect thanks Sam for his proposal but chose a Lisbon consultancy they already work with; declined.",
  "declined closed ask_rates reciprocity first_contact non_english lang_pt",
  {"a": li("Duarte Pestana Albuquerque")},
  [dm(L, "a", [
      ("a", "-12d 09:00", "Bom dia Sam, gostávamos de receber uma proposta sua para rever os preços das mensalidades nos nossos cinco ginásios."),
      (ME, "+5h", "Olá Duarte, claro. Envio-lhe a proposta por e-mail até sexta."),
      ("a", "-2d 16:30", "Obrigado pela proposta, Sam. Optámos por uma consultora de Lisboa que já nos acompanha noutros projetos. Quem sabe numa próxima oportunidade."),
      (ME, "+2h", "Compreendo, Duarte. Boa sorte com o projeto!"),
  ], focus=True)]),

S("li-0593", False, "In German, a coach asked for a call about her prices eight weeks ago, Sam offered two days, and she never answered; stale.",
  "stale ask_call reciprocity first_contact non_english lang_de",
  {"a": li("Svenja Ruckelshaus")},
  [dm(L, "a", [
      ("a", "-58d 11:00", "Hallo Sam, hast du nächste Woche ein halbes Stündchen fürs Telefon? Ich komme bei den Preisen für mein Coaching nicht weiter."),
      (ME, "+3h", "Hallo Svenja, gern. Dienstag oder Mittwoch Nachmittag?"),
  ], focus=True)]),

S("li-0594", False, "Sam sent an invitation with a note proposing to compare notes on a call ten weeks ago and it was never accepted; owner only.",
  "owner_only ask_chat",
  {"a": li("Malcolm Okereke-Hume")},
  [net("a", [
      (ME, "-70d 10:00", "Hi Malcolm, enjoyed your talk at the retail summit. Would love to compare notes on a call sometime."),
  ], focus=True)]),

S("li-0595", False, "Under Sam's webinar post, a stranger asks whether the recording will be shared, Sam says yes tomorrow, and she thanks him.",
  "trivial_question reciprocity closed first_contact",
  {"a": li("Gwendolyn Ashby-Rao")},
  [th(L, [
      (ME, "-1d 18:00", "140 of you turned up today to talk about price increases for service businesses. Thank you!"),
      ("a", "+1h", "Will the recording be shared? I missed the last 20 minutes."),
      (ME, "+15m", "Yes, link in the comments tomorrow morning."),
      ("a", "+5m", "Great, thanks!"),
  ], focus=True)]),

S("li-0596", False, "A stranger comments 'Great insights, thanks for sharing!' under Sam's post; one-line thanks.",
  "thanks_only first_contact",
  {"a": li("Ptolemy Ravensdale")},
  [th(L, [
      (ME, "-2d 08:00", "Your best customers are rarely your cheapest to serve. Price for that."),
      ("a", "+6h", "Great insights, thanks for sharing Sam!"),
  ], focus=True)]),

S("li-0597", False, "A stranger jokes under Sam's post about the sign above her meeting room; the word meeting is a keyword trap and there is no ask.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": li("Hermione Tuckwell-Baird")},
  [th(L, [
      (ME, "-1d 09:00", "Most pricing meetings could be a one-page memo and a decision."),
      ("a", "+2h", "We have a sign above our meeting room: 'Is this meeting a memo in disguise?' Best €8 we ever spent 😂"),
      (ME, "+30m", "As it should be 😄"),
  ], focus=True)]),

S("li-0598", False, "In French, a trade-fair organiser offers Sam an exhibitor stand at a 'preferential rate' and asks for a quick call; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": li("Ghislaine Poirot-Vasseur")},
  [dm(L, "a", [
      ("a", "-2d 10:20", "Bonjour Sam, nous organisons le Salon des Indépendants de Lyon et il nous reste quelques stands exposants à tarif préférentiel. Votre profil serait parfait pour nos visiteurs ! Un petit coup de téléphone cette semaine pour en discuter ?"),
  ], focus=True)]),

S("li-0599", False, "In French, a former classmate congratulates Sam on his talk being announced and suggests a lunch 'un de ces jours'; small talk.",
  "small_talk keyword_trap reciprocity non_english lang_fr",
  {"a": li("Baptiste Oudinot")},
  [dm(L, "a", [
      ("a", "-80d 12:00", "Bonne année Sam !"),
      (ME, "+3h", "Merci Baptiste, à toi aussi !"),
      ("a", "-1d 12:30", "Vu que tu fais l'ouverture du salon de Bordeaux, bravo ! On se fait un déj un de ces jours ?"),
      (ME, "+2h", "Merci ! Avec plaisir, un de ces jours."),
  ], focus=True)]),

S("li-0600", False, "A 'LinkedIn Member' without a profile warns of unusual activity and asks Sam to verify his account on a link; phishing.",
  "spam automated first_contact",
  {"a": P("LinkedIn Member", li="")},
  [dm(L, "a", [
      ("a", "-1d 05:10", "Security notice: we detected a sign-in to your profile from an unrecognised device. To keep access, confirm your details within 12 hours: linkedin-secure-verify.example/account"),
  ], focus=True)]),

S("li-0601", False, "An old colleague silent for nearly four years moved into wealth management and proposes a 'catch-up call' about pensions; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": li("Fergus Ainsworth-Lyle")},
  [dm(L, "a", [
      ("a", "-1400d 16:00", "All the best with the freelance life, Sam!"),
      (ME, "+1h", "Thanks Fergus!"),
      ("a", "-2d 11:40", "Sam! How's the sunshine? I've switched careers and now look after pensions and investments for people who work for themselves. Fancy a quick catch-up call? Would be great to reconnect."),
  ], focus=True)]),

S("li-0602", False, "A founder asks for help pricing their API tier and, before Sam answers, writes that their investor's pricing adviser has sorted it; withdrawn.",
  "closed ask_help first_contact",
  {"a": li("Leopoldine Crane-Adebayo")},
  [dm(L, "a", [
      ("a", "-3d 09:30", "Hi Sam, we're stuck pricing our API tier, would you be able to help? We launch next month."),
      ("a", "-2d 10:00", "Update: our investor put us in touch with their portfolio pricing adviser, so we're sorted. Sorry for the noise and thanks anyway!"),
  ], focus=True)]),

S("li-0603", False, "A former colleague rounds up the old team for Friday drinks and Sam says he is in; a social plan.",
  "small_talk reciprocity",
  {"a": li("Ambrose Quillfeather")},
  [dm(L, "a", [
      ("a", "-100d 18:00", "Did you get the photos from the leaving do?"),
      (ME, "+1h", "Yes, brilliant ones!"),
      ("a", "-1d 17:20", "Old Brightlane crew drinks this Friday at Park, 7pm. You in?"),
      (ME, "+30m", "I'm in!"),
      ("a", "+10m", "Great, first round's on Inês 😄"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 14: another plain month, very different writers
S("li-0604", True, "In very formal German, the owner of a family valve maker asks Sam for a phone appointment about small-order spare-part prices, and they fix Tuesday.",
  "ask_call first_contact reciprocity non_english lang_de",
  {"a": li("Wolfgang Riedelsheimer")},
  [dm(L, "a", [
      ("a", "-3d 08:05", "Sehr geehrter Herr Rivera, mein Name ist Wolfgang Riedelsheimer, ich bin geschäftsführender Gesellschafter der Riedelsheimer Armaturen GmbH in Schweinfurt, Familienunternehmen in dritter Generation mit 140 Mitarbeitern. Unsere Preise für Ersatzteile wurden zuletzt vor über zehn Jahren systematisch überarbeitet; seither wurde lediglich pauschal erhöht. Mein Vertriebsleiter ist der Auffassung, dass wir bei Kleinmengen deutlich zu günstig sind. Ihr Beitrag zu diesem Thema wurde mir von meinem Steuerberater weitergeleitet. Ich würde mich freuen, wenn wir einen Termin für ein Telefonat vereinbaren könnten, gern in der kommenden Woche. Mit freundlichen Grüßen, Wolfgang Riedelsheimer"),
      (ME, "+3h", "Sehr geehrter Herr Riedelsheimer, vielen Dank für Ihre Nachricht. Sehr gern. Passt Ihnen Dienstag um 10 Uhr?"),
      ("a", "+1d 07:40", "Sehr geehrter Herr Rivera, Dienstag, 10 Uhr, passt. Ich rufe Sie an. Mit freundlichen Grüßen, W. Riedelsheimer"),
  ], focus=True)]),

S("li-0605", True, "A Cairo forum director invites Sam to give a paid keynote on pricing under 30% inflation and asks for a short call about the details.",
  "ask_call first_contact",
  {"a": li("Yasmine El-Sherbiny")},
  [dm(L, "a", [
      ("a", "-2d 10:10", "Dear Sam, greetings from Cairo. I am the programme director of the Nile Commerce Forum, which gathers around 800 Egyptian e-commerce and retail merchants every year. With inflation above 30%, many of our members now reprice every week and their customers are exhausted. We would be honoured to have you as keynote speaker on this topic. We cover travel, accommodation and an honorarium. Would you be available for a short call this week to discuss the details?"),
  ], focus=True)]),

S("li-0606", True, "In formal French, the finance director of a Paris humanities publisher asks Sam for a video meeting about revising its cover prices, especially for e-books.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": li("Anne-Sophie Delahaye")},
  [dm(L, "a", [
      ("a", "-1d 16:35", "Bonjour Monsieur Rivera, Je suis directrice administrative et financière des Éditions du Pré-Carré (sciences humaines, une quarantaine de nouveautés par an). Nous souhaitons revoir notre politique de prix publics, en particulier pour le numérique, où nos prix actuels ne convainquent ni les lecteurs ni les libraires. Accepteriez-vous un rendez-vous en visio dans les prochains jours afin que je vous présente le contexte ? Bien cordialement, Anne-Sophie Delahaye"),
  ], focus=True)]),

S("li-0607", True, "A Tel Aviv founder raising a Series A sends an invitation note asking to buy an hour of Sam's time this week about pricing that investors question.",
  "ask_call first_contact",
  {"a": li("Noa Ben-Ami")},
  [net("a", [
      ("a", "-1d 07:55", "Sam, raising our A in 5 weeks and every VC pokes at our pricing. Can I buy an hour of your time this week? Tel Aviv, one hour ahead of you. Noa"),
  ], focus=True)]),

S("li-0608", True, "In Mexican Spanish, the sales director of a family tequila house exporting to Iberia asks for a video call about distributor margins; a date is agreed.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": li("Ricardo Arriaga Villaseñor")},
  [dm(L, "a", [
      ("a", "-3d 17:20", "Estimado Sam, le saludo desde Guadalajara. Soy director comercial de una casa tequilera familiar (tercera generación) y este año empezamos a exportar a España y Portugal. Los distribuidores nos piden márgenes que no nos cuadran con el precio de anaquel que buscamos, y no quisiera regalar la marca. ¿Tendría usted disponibilidad para una videollamada la próxima semana? Quedo a sus órdenes."),
      (ME, "+14h", "Estimado Ricardo, con mucho gusto. ¿Le va bien el miércoles a las 17h de Lisboa?"),
      ("a", "+2h", "Perfecto, le envío la invitación. Saludos cordiales."),
  ], focus=True)]),

S("li-0609", True, "In Portuguese, a University of Aveiro lecturer invites Sam to give an open class in her master's pricing course and asks to talk by phone this week.",
  "ask_call first_contact non_english lang_pt",
  {"a": li("Margarida Figueiredo Lages")},
  [dm(L, "a", [
      ("a", "-2d 09:25", "Caro Sam, sou docente de Marketing na Universidade de Aveiro e coordeno a unidade curricular de Estratégia de Preço do mestrado em Gestão. Os alunos trabalham este semestre com casos de PME da região e gostaríamos muito de o convidar para uma aula aberta. Teria disponibilidade para conversarmos por telefone esta semana? Com os melhores cumprimentos, Margarida Lages"),
  ], focus=True)]),

S("li-0610", True, "Sam's former manager, silent for six years and now COO of an island ferry operator, asks for a proposal to simplify fares and they book a call.",
  "reengagement ask_rates ask_call reciprocity",
  {"a": li("Alasdair Gilchrist")},
  [dm(L, "a", [
      ("a", "-2100d 18:00", "Best of luck with the consultancy, Sam. You'll be great at it."),
      (ME, "+2h", "Thank you, Alasdair, for everything."),
      ("a", "-3d 19:00", "Sam, six years! I'm COO at an island ferry operator now, Orkney and Shetland routes. Our fares are a patchwork of island-resident discounts, vehicle lengths and seasons. The board wants it simplified before the new vessel arrives and I'd rather work with someone I trust. Would you put a proposal together? Happy to talk it through first."),
      (ME, "+2h", "Alasdair! Great to hear from you. Yes, I'd love to. Call on Thursday?"),
      ("a", "+30m", "Thursday works, 9am your time."),
  ], focus=True)]),

S("li-0611", True, "A Finnish contact introduces a Tampere sauna builder in a LinkedIn group message; he asks bluntly for a call about German dealer margins and they fix Monday.",
  "introduction ask_call first_contact reciprocity many_turns",
  {"k": li("Mikaela Huttunen"), "n": li("Jarkko Lehtisalo")},
  [dm(L, "k", [
      ("k", "-250d 11:00", "The new subscription tiers went live today. Kiitos, Sam!"),
      (ME, "+1h", "Congratulations, Mikaela!"),
  ]),
   dm(L, "k n", [
      ("k", "-2d 09:00", "Hi both! Sam, Jarkko builds wood-fired saunas in Tampere and wants to start selling in Germany. He needs a pricing brain. Jarkko, Sam helped us with our tiers last year."),
      ("n", "+1h", "Thanks Mikaela. Hello Sam. We sell 70 saunas a year in Finland. German dealers want 35%. I do not know if we raise the list price or accept lower margin. Can we talk on a call next week? I am direct, sorry, Finnish."),
      (ME, "+40m", "Hi Jarkko, direct is good. Monday 14:00 Lisbon time?"),
      ("n", "+5m", "Ok. Monday."),
  ], focus=True)]),

S("li-0612", True, "A Singapore bubble-tea chain's operations director asks on LinkedIn and then on Twitter two days later for a call about pricing the European launch.",
  "cross_platform first_contact ask_call",
  {"a": P("Clarice Goh Shu Min", tw="clarice_goh_sm", li=True)},
  [dm(L, "a", [
      ("a", "-4d 03:30", "Hi Sam, I'm ops director at a bubble tea chain in Singapore (19 outlets), opening in Lisbon and Madrid next year. Our Singapore price list won't work in Europe, e.g. toppings are cheap there but here we'd lose money on them lah. Keen to speak with you on a call. Can?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 02:45", "Hi Sam, Clarice here, I messaged you on LinkedIn about our Europe launch pricing. Just in case, this is my DM also. Any slot next week for a call is fine for me."),
  ], focus=True)]),

S("li-0613", True, "In Swiss French, a Sainte-Croix antique-watch restorer who bills by the hour asks Sam for a telephone appointment about fixed-price servicing.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Aurèle Vuilleumier")},
  [dm(L, "a", [
      ("a", "-2d 14:00", "Bonjour Monsieur Rivera, Je dirige un petit atelier de restauration de montres anciennes à Sainte-Croix, dans le Jura vaudois. Nous sommes trois horlogers. Jusqu'ici nous facturons à l'heure, mais une révision de chronographe peut prendre quatre heures ou quinze, et nos clients supportent mal l'incertitude : le devis va de septante à quatre cents francs. Un ami m'a parlé de vos travaux sur les forfaits. Pourrions-nous convenir d'un entretien téléphonique, à votre convenance ? Avec mes meilleures salutations, Aurèle Vuilleumier"),
  ], focus=True)]),

S("li-0614", True, "A Denizli towel-mill daughter building her first export price list asks, tentatively, whether Sam would consider mentoring her.",
  "indirect_ask ask_help first_contact",
  {"a": li("Defne Karaosmanoğlu")},
  [dm(L, "a", [
      ("a", "-1d 18:50", "Hi Sam, I'm Defne, I recently took over export sales at my family's towel mill in Denizli. My father priced everything by gut feeling for 35 years and now I'm supposed to build a price list for EU retailers, with volume tiers, which he thinks is an insult to loyal customers. I don't want to take your time for free, but if you ever do mentoring sessions, I'd love to know whether that's something you would consider with me."),
  ], focus=True)]),

S("li-0615", True, "In Austrian German, a Vienna wholesaler's head of training asks for a quote for a two-day negotiation training and a Teams meeting is set up.",
  "ask_rates ask_meeting first_contact reciprocity non_english lang_de",
  {"a": li("Katharina Pöschl")},
  [dm(L, "a", [
      ("a", "-4d 10:15", "Guten Tag Herr Rivera, ich leite die Personalentwicklung bei einem Wiener Großhändler für Gastronomiebedarf. Unser Außendienst (26 Personen) gibt viel zu schnell Rabatt. Wir möchten im Herbst ein zweitägiges Training zur Preisdurchsetzung anbieten. Könnten Sie uns dafür ein Angebot schicken? Gern auch nach einem kurzen Abstimmungstermin per Teams. Beste Grüße, Katharina Pöschl"),
      (ME, "+3h", "Guten Tag Frau Pöschl, sehr gern. Für ein passendes Angebot bräuchte ich 30 Minuten mit Ihnen und der Vertriebsleitung. Geht es nächste Woche Mittwoch?"),
      ("a", "+1h", "Mittwoch 14 Uhr passt, ich schicke die Einladung."),
  ], focus=True)]),

S("li-0616", True, "A South Wales solar installer asks Sam a run of substantive quoting questions under his post and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Bryn Morgan-Tudur")},
  [th(L, [
      (ME, "-1d 08:00", "If your quotes need a phone call to be understood, your customers will call your competitor instead."),
      ("a", "+35m", "We install solar and batteries in South Wales. Right now I quote per panel and every customer haggles over the panel count. Better to quote per kW?"),
      (ME, "+7m", "Per system size, in kW, with three standard sizes. Per panel invites haggling over panels."),
      ("a", "+5m", "Makes sense. Battery as an add-on or bundled into the sizes?"),
      (ME, "+6m", "Bundle it into the middle size, add-on for the others. The middle becomes the easy choice."),
      ("a", "+4m", "And the 10% we knock off when folk push back on the doorstep?"),
      (ME, "+5m", "Stop discounting the quote. Offer the smaller system instead: same price per kW, lower total."),
  ], focus=True)]),

S("li-0617", True, "In Argentine Spanish, a software executive Sam met in Madrid a year and a half ago proposes a paid webinar series for Córdoba software firms and asks for a call.",
  "reengagement ask_call non_english lang_es",
  {"a": li("Facundo Irigoyen Balbi")},
  [dm(L, "a", [
      ("a", "-520d 20:00", "¡Un placer conocerte en el congreso de Madrid, Sam!"),
      (ME, "+1h", "¡Igualmente, Facundo!"),
      ("a", "-2d 15:45", "¡Hola Sam! ¿Cómo andás? Soy Facundo, nos conocimos en Madrid en el congreso de SaaS. Te cuento: ahora coordino la cámara de empresas de software de Córdoba (unas 60 empresas) y queremos armar un ciclo de tres webinars sobre cómo cobrar en dólares a clientes de afuera sin perderlos cuando el peso se mueve. Pensamos en vos para darlos, pagos en euros obvio. ¿Tenés un rato para una call la semana que viene y lo charlamos?"),
  ], focus=True)]),

S("li-0618", True, "In Brazilian Portuguese, a São Paulo HR-tech CFO asks Sam to review the letter announcing an 18% increase and talk for 30 minutes by video before it goes out.",
  "ask_feedback ask_call first_contact non_english lang_pt",
  {"a": li("Thiago Mendonça Albuquerque")},
  [dm(L, "a", [
      ("a", "-1d 13:15", "Olá Sam, tudo bem? Sou CFO de uma HR tech em São Paulo (1.200 clientes PME). Vamos aplicar um reajuste de 18% no próximo ciclo, o primeiro em três anos, e a carta para os clientes está pronta. Meu time de CS está apavorado. Você toparia revisar a carta e conversar 30 minutos por vídeo antes da gente enviar? Pagamos a hora, claro."),
  ], focus=True)]),

S("li-0619", True, "The owner of an Edinburgh recruitment firm, explicitly not recruiting, wants to book Sam for a half-day on negotiating their own fees and asks for rates or a call.",
  "ask_rates ask_call first_contact",
  {"a": li("Gemma Strachan")},
  [dm(L, "a", [
      ("a", "-2d 11:30", "Hi Sam, not a recruitment pitch, promise! I run a 15-person recruitment firm in Edinburgh and my consultants are terrible at negotiating our own fees with clients: we give away 5 points of fee almost every time. I'd like to book you for a half-day session with the team next quarter. Could you send me your rates, or shall we have a quick call first?"),
  ], focus=True)]),

S("li-0620", False, "A stranger sends a LinkedIn invitation without a note; nothing to continue.",
  "no_message first_contact",
  {"a": li("Torsten Albrektsen")},
  [net("a", [
      ("a", "-1d 09:12", ""),
  ], focus=True)]),

S("li-0621", False, "A sponsored InMail with an unfilled first-name placeholder offers a revenue-software demo and a free margin audit.",
  "promotional automated",
  {"a": P("Quantaris Revenue Cloud", li="")},
  [dm(L, "a", [
      ("a", "-2d 13:00", "Hi %FIRSTNAME%, pricing leaders at 400+ companies use Quantaris to cut discount leakage by 23%. Book your personalised demo this month and receive a complimentary margin audit."),
  ], focus=True)]),

S("li-0622", False, "In German, a headhunter's template offers a permanent Head of Pricing role in Hamburg medtech and asks for a short, no-obligation call.",
  "recruiter_template keyword_trap first_contact non_english lang_de",
  {"a": li("Jan-Hendrik Brüning")},
  [dm(L, "a", [
      ("a", "-1d 08:40", "Hallo Herr Rivera, Ihr Profil ist mir bei meiner Recherche sofort ins Auge gefallen! Für einen namhaften Kunden aus der Medizintechnik (Raum Hamburg) suche ich einen Head of Pricing (m/w/d) in Festanstellung mit attraktivem Vergütungspaket. Wann passt Ihnen ein erstes, unverbindliches Kennenlernen am Telefon?"),
  ], focus=True)]),

S("li-0623", False, "Right after Sam accepts an invitation, an automatic 'thanks for connecting' message sends a calendar link for a free strategy call; bulk selling.",
  "automated promotional keyword_trap first_contact",
  {"a": li("Brandon Tilbury")},
  [net("a", [
      ("a", "-2d 10:00", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 13:02", "Thanks for connecting, Sam! 🙌 I help consultants turn LinkedIn into a predictable client pipeline. Grab a free strategy call on my calendar whenever suits: tilbury.example/call"),
  ], focus=True)]),

S("li-0624", False, "A former colleague sends LinkedIn's pre-filled work-anniversary congratulation; automated small talk.",
  "automated small_talk reengagement",
  {"a": li("Oksana Melnychuk")},
  [dm(L, "a", [
      ("a", "-500d 14:00", "Thanks for all the help on the Baltic rollout, Sam."),
      (ME, "+1h", "Likewise, Oksana!"),
      ("a", "-1d 07:30", "Congrats on your work anniversary!"),
  ], focus=True)]),

S("li-0625", False, "In French, a Bordeaux fair organiser tags Sam among a dozen 'voices of independent work to follow' to promote ticket sales; a mass tag.",
  "mass_mention promotional first_contact non_english lang_fr",
  dict(crowd(12, 625), a=li("Bérénice Laborde-Sarthe")),
  [th(L, [
      ("a", "-2d 12:00", "✨ 12 voix de l'entrepreneuriat indépendant à suivre cette année, sélectionnées par l'équipe du Salon des Indépendants de Bordeaux 👇 Et pour les rencontrer, la billetterie est ouverte : tarif réduit jusqu'à dimanche !", {"at": ats(12)}),
  ], focus=True)]),

S("li-0626", False, "A lead-generation rep asks whether Sam wants three to five new clients a month and proposes 15 minutes on Thursday; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": li("Tanner Blaylock")},
  [dm(L, "a", [
      ("a", "-1d 15:20", "Sam, quick question. Are you open to adding 3-5 new consulting clients a month? We've built an outbound system for pricing and revenue consultants that books qualified meetings on autopilot. Worth 15 min on Thursday to see if it fits?"),
  ], focus=True)]),

S("li-0627", False, "In Spanish, a Barcelona bike-tour company thanks Sam for yesterday's call and says the new group rates are ready; closed.",
  "closed reciprocity ask_call first_contact non_english lang_es",
  {"a": li("Montserrat Vilaró Puig")},
  [dm(L, "a", [
      ("a", "-6d 10:30", "Hola Sam, tenemos una empresa de rutas en bici por Barcelona y los grupos grandes nos están saliendo a pérdidas. ¿Podríamos hablar esta semana?"),
      (ME, "+2h", "Hola Montserrat, claro. ¿El jueves a las 12h?"),
      ("a", "+20m", "Perfecto."),
      ("a", "-2d 09:10", "Sam, lo de ayer nos vino genial, nos aclaró muchísimo. Ya tenemos las nuevas tarifas de grupo y las publicamos el lunes."),
      (ME, "+1h", "¡Genial, Montserrat! Suerte con la temporada."),
  ], focus=True)]),

S("li-0628", False, "In French, a retail chain asks Sam for a proposal, he declines because of a conflict of interest with a client, and the director accepts it; declined.",
  "declined closed reciprocity ask_rates first_contact non_english lang_fr",
  {"a": li("Grégoire Fonteneau")},
  [dm(L, "a", [
      ("a", "-5d 15:00", "Bonjour Sam, je dirige le pôle pricing d'une enseigne de bricolage (42 magasins). Nous cherchons un accompagnement sur nos prix de fond de rayon. Pourriez-vous nous faire une proposition ?"),
      (ME, "+5h", "Bonjour Grégoire, merci pour votre confiance. Je travaille en ce moment pour une enseigne concurrente et je ne peux donc pas accepter, par souci de conflit d'intérêts. Je peux vous recommander une collègue si vous le souhaitez."),
      ("a", "+1h", "Je comprends tout à fait, merci pour votre franchise. Pas besoin, nous avons une autre piste. Bonne continuation."),
  ], focus=True)]),

S("li-0629", False, "A Dubai restaurant-group manager asked for a quote nine weeks ago, Sam sent his questions and nothing came back; stale.",
  "stale ask_rates reciprocity first_contact",
  {"a": li("Farah Al-Mansoori")},
  [dm(L, "a", [
      ("a", "-64d 11:00", "Hello Sam, I manage operations for a group of five restaurants in Dubai. We would like a quote for a menu-pricing review across all five."),
      (ME, "+3h", "Hello Farah, thank you. Could you send me the current menus and your food-cost targets? Then I'll put a quote together."),
  ], focus=True)]),

S("li-0630", False, "Sam sends an invitation with a note proposing a call to compare notes and the speaker never accepts or answers; Sam's own ask.",
  "owner_only ask_call",
  {"a": li("Henrik Dalsgaard")},
  [net("a", [
      (ME, "-20d 10:00", "Hi Henrik, enjoyed your talk on subscription churn at the Copenhagen meetup. Fancy comparing notes over a call sometime?"),
  ], focus=True)]),

S("li-0631", False, "A stranger comments that pricing 'experts' sell common sense at €2,000 a day and tells Sam to spare everyone his sermons; hostile.",
  "hostile first_contact",
  {"a": li("Clive Ormsby-Hale")},
  [th(L, [
      (ME, "-2d 07:50", "A price you can't explain in one sentence is a price you will end up discounting."),
      ("a", "+2h", "Another consultant selling common sense at €2,000 a day. Pricing 'experts' are the reason small firms distrust advisers. Spare us the LinkedIn sermons."),
  ], focus=True)]),

S("li-0632", False, "In Portuguese, a reader comments 'thanks for sharing, excellent reflection' under Sam's post; thanks only.",
  "thanks_only first_contact non_english lang_pt",
  {"a": li("Henrique Lobato Reis")},
  [th(L, [
      (ME, "-1d 09:30", "Os descontos de fim de ano não são generosidade, são um compromisso que o cliente vai lembrar em janeiro."),
      ("a", "+3h", "Obrigado pela partilha, Sam! Excelente reflexão 👏"),
  ], focus=True)]),

S("li-0633", False, "A former colleague silent for almost four years congratulates Sam on the Japanese translation of his book and they trade memories; congratulations.",
  "small_talk reengagement reciprocity",
  {"a": li("Siobhán Carrick")},
  [dm(L, "a", [
      ("a", "-1400d 17:00", "Farewell drinks were legendary, Sam. Don't forget us."),
      (ME, "+12h", "Never, Siobhán!"),
  ]),
   th(L, [
      (ME, "-2d 08:00", "My book is out in Japanese today. I can't read a word of it and I've never been prouder."),
      ("a", "+2h", "Huge congrats Sam! From that tiny office on Baggot Street to Tokyo bookshops 🎉"),
      (ME, "+1h", "Thanks Siobhán! I still miss the kettle in that office."),
      ("a", "+15m", "It's still there, still broken 😂"),
  ], focus=True)]),

S("li-0634", False, "A webinar attendee asks whether the slides will be shared, Sam points to the link and he thanks him; a one-line answer settled it.",
  "trivial_question closed reciprocity first_contact",
  {"a": li("Pieter-Jan Verhaeghe")},
  [th(L, [
      (ME, "-1d 18:00", "300 people spent their evening with me talking about price increases. Thank you, and sorry about the rain."),
      ("a", "+30m", "Great session Sam. Will the slides be shared?"),
      (ME, "+10m", "Yes, the link is in the first comment."),
      ("a", "+5m", "Found it, thanks!"),
  ], focus=True)]),

S("li-0635", False, "A sales rep jokes under Sam's post that a prospect wanted 40% off on his discovery call and Sam jokes back; 'call' is his own sales call, no ask.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": li("Cody Ashworth")},
  [th(L, [
      (ME, "-1d 10:00", "The first discount request usually comes before the customer knows what the price is. That tells you it isn't about the price."),
      ("a", "+1h", "Had a discovery call yesterday where the prospect asked for 40% off before I'd said a number. Printing this post and taping it above my desk 😂"),
      (ME, "+20m", "Tape it high, where the prospects can see it."),
  ], focus=True)]),

S("li-0636", False, "A former colleague silent for nearly three years pitches a tokenised real-estate fund with an 11% target yield and asks for a call; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": li("Nikolai Sorensen-Blake")},
  [dm(L, "a", [
      ("a", "-1000d 20:00", "Congrats on going solo, Sam. Brave move."),
      (ME, "+1h", "Thanks Nikolai, we'll see!"),
      ("a", "-2d 09:40", "Sam, how are things? I moved to a private wealth boutique in Zug and we've opened a tokenised real-estate fund, 11% target yield, minimum ticket 50k. Thought of you straight away. Free for a quick call this week?"),
  ], focus=True)]),

S("li-0637", False, "A Melbourne company asked for a call about a repricing project, then chose to do it in-house with its new Head of Revenue before the call; withdrawn.",
  "closed declined reciprocity ask_call first_contact",
  {"a": li("Devika Sundaram")},
  [dm(L, "a", [
      ("a", "-6d 22:00", "Hi Sam, we're a Melbourne fitness-equipment retailer looking for help repricing our service plans. Could we set up a call next week?"),
      (ME, "+9h", "Hi Devika, happy to. Tuesday or Wednesday, 8am your time?"),
      ("a", "-3d 23:30", "Hi Sam, apologies for the back and forth. We've just hired a Head of Revenue and she'll run the repricing in-house, so we'll hold off. Thanks for being so quick to reply."),
      (ME, "+8h", "Understood, Devika. Good luck with it."),
  ], focus=True)]),

S("li-0638", False, "A Swedish contact introduces an AI pricing-tool founder in a LinkedIn group message, and he pitches Sam a demo and a partner programme; an introduction that is a sale.",
  "introduction promotional keyword_trap first_contact",
  {"k": li("Oscar Wennerström"), "n": li("Kiran Bhattacharjee")},
  [dm(L, "k", [
      ("k", "-300d 10:00", "Thanks for the workshop, the sales team still quotes you."),
      (ME, "+2h", "Glad to hear it, Oscar."),
  ]),
   dm(L, "k n", [
      ("k", "-2d 09:30", "Sam, meet Kiran, founder of PriceSage AI. Thought you'd find it interesting."),
      ("n", "+20m", "Thanks Oscar! Sam, great to meet you. PriceSage lets consultants run price-elasticity models in minutes. Can I show you a 20-minute demo and walk you through our partner programme, 25% revenue share. 20 min on Friday?"),
  ], focus=True)]),

S("li-0639", False, "A summit organiser sells Sam a paid 'featured speaker' package on LinkedIn and chases him on Facebook two days later; a seller on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Vanessa Quintrell", li=True)},
  [dm(L, "a", [
      ("a", "-3d 11:00", "Hi Sam, congratulations, you've been shortlisted as a featured speaker at the Global Consulting Excellence Summit in Dubai! Speaker packages from €2,950 include a keynote slot, an award and a magazine feature. Quick call to secure your place?"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-1d 10:20", "Sam, saw you haven't replied on LinkedIn about the Summit, only 3 speaker packages left! Can we talk today?"),
  ], focus=True)]),

S("li-0640", False, "Sam accepts a stranger's invitation that had no note and nothing follows; no message.",
  "no_message first_contact",
  {"a": li("Ifeoma Okwuosa")},
  [net("a", [
      ("a", "-3d 08:00", ""),
      (ME, "+5h", "", "connection"),
  ], focus=True)]),

S("li-0641", False, "An event organiser's account sends the automatic one-hour reminder for a LinkedIn Live Sam registered for; a notification.",
  "automated",
  {"a": P("RevOps Collective Events", li="")},
  [dm(L, "a", [
      ("a", "-1d 16:00", "Reminder: 'Pricing Power in a Downturn' LinkedIn Live starts in 1 hour. Tap here to join the stream and add it to your calendar."),
  ], focus=True)]),

S("li-0642", False, "A Dutch former colleague and Sam trade fast cycling banter about his slowness on a climb; friendly banter.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": li("Joost van Oudheusden")},
  [dm(L, "a", [
      ("a", "-45d 20:00", "Good to see you in Utrecht, even briefly."),
      (ME, "+1h", "Likewise, Joost!"),
      ("a", "-1d 19:10", "Saw your Strava. 14 minutes for that climb? My grandmother does it faster on her omafiets."),
      (ME, "+3m", "Your grandmother has an e-bike, Joost. I've seen it."),
      ("a", "+1m", "Irrelevant. Pure excuses."),
      (ME, "+2m", "Come to Sintra and we'll see who needs excuses."),
      ("a", "+1m", "Deal. Bring an ambulance."),
  ], focus=True)]),

S("li-0643", False, "A ghostwriting agency praises Sam's post and offers to multiply his reach for a 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": li("Aditya Vashisht")},
  [dm(L, "a", [
      ("a", "-1d 12:30", "Sam, your post on discount leakage was 🔥 Insights like yours deserve a far bigger audience. We ghostwrite for 40+ consultants and typically 5x their impressions within 90 days. Open to a quick 15-min call to see if we're a fit?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 15: the week after a viral post
S("li-0644", True, "A freight-software VP of Sales recognises her company in Sam's viral post, Sam answers her comment, and she messages asking for a call to scope a project.",
  "ask_call first_contact reciprocity",
  {"a": li("Cordelia Wraxall")},
  [th(L, [
      (ME, "-6d 07:45", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Same cake, same price, different context. In B2B we call the €42 cake an 'Enterprise tier'. Most companies design it last and price it as an afterthought. Design it first."),
      ("a", "-5d 11:20", "This is our Enterprise tier exactly: priced last, sold never, and it makes our Growth plan look expensive next to nothing. Painful read."),
      (ME, "+45m", "Painful and fixable, Cordelia. The order you design tiers in shows up on the page."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-4d 09:00", "Hi Sam, following up on my comment. We're a 70-person freight-visibility SaaS and I own packaging for next year. I'd like to explore bringing you in for a short project. Could we set up a 30-minute call next week to scope it?"),
  ], focus=True)]),

S("li-0645", True, "The programme director of a B2B pricing summit, forwarded Sam's viral post by several speakers, offers a paid keynote and asks for a 20-minute call.",
  "ask_call first_contact",
  {"a": li("Leopold Van Rensburg")},
  [dm(L, "a", [
      ("a", "-2d 13:30", "Hi Sam, I run the programme for Monetize Europe (Amsterdam, November, about 900 SaaS and B2B leaders). Your post about the €42 cake has been forwarded to me by four of our speakers already. We'd like you for a keynote or a fireside chat on designing the top tier first. Speaker fee and travel covered. Could we get 20 minutes on a call next week?"),
  ], focus=True)]),

S("li-0646", True, "A distributor's CFO reposts Sam's viral post asking him to run a session for her commercial team, then messages asking for a call about scope and fee.",
  "ask_call ask_rates first_contact reciprocity",
  {"a": li("Priscilla Stanhope")},
  [th(L, [
      ("a", "-3d 08:10", "Reposting this because it's the conversation we keep avoiding in our commercial team. Sam Rivera, would you be open to running a half-day session with our sales and finance leads on how we build our price tiers? Happy to take it offline."),
      (ME, "+2h", "Thanks for sharing, Priscilla. Yes, I run sessions like that. Send me a message and we'll find a time to talk."),
      ("a", "+20m", "Great, messaging you now."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 10:40", "Hi Sam, as promised. We're a building-supplies distributor, 220 people and 14 branches, and our account managers discount at will. Could we have a call next week to talk about the scope and fee for the session?"),
  ], focus=True)]),

S("li-0647", True, "A former client silent for two and a half years resurfaces after the viral post: at his new medical-devices company he wants to bring Sam in and asks for a call or coffee.",
  "reengagement ask_call ask_meeting",
  {"a": li("Magnus Treadwell")},
  [dm(L, "a", [
      ("a", "-950d 16:00", "Sam, the new distributor price list went live today. Thanks for sticking with us through all those revisions."),
      (ME, "+1h", "My pleasure, Magnus. Good luck with the roll-out!"),
      ("a", "-2d 08:45", "Sam, your post is everywhere this week, congratulations. I moved to Corvia Medical last year as commercial director and we have exactly the 'top tier priced as an afterthought' problem across our service contracts. I'd like to bring you in again. Could we grab a call next week, or a coffee if you're in London?"),
  ], focus=True)]),

S("li-0648", True, "A past workshop client tags a software founder under Sam's viral post, and the founder takes it up with an invitation asking for 20 minutes.",
  "introduction first_contact ask_call",
  {"k": li("Hilary Brocklehurst"), "n": li("Paula Brenninkmeijer")},
  [dm(L, "k", [
      ("k", "-240d 15:00", "Thanks again for the workshop, Sam. The team still talks about the 'price the outcome' exercise."),
      (ME, "+1h", "Lovely to hear, Hilary!"),
  ]),
   th(L, [
      (ME, "-6d 08:00", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. In B2B we call that cake an 'Enterprise tier'. Design it first."),
      ("k", "-4d 10:30", "Paula Brenninkmeijer, this is the person I mentioned at lunch. Worth your time.", {"at": "n"}),
      ("n", "+2h", "Thanks Hilary! Sam, we're rebuilding our plans this quarter and this post could have been written about us. Sending you an invite."),
  ], focus=True),
   net("n", [
      ("n", "-4d 12:45", "Hi Sam, Paula from Hilary's comment. Would you have 20 minutes next week? Our pricing page needs a rethink before the summer release."),
      (ME, "+3h", "", "connection"),
  ], focus=True)]),

S("li-0649", True, "A physio-clinic owner comments on Sam's viral post on LinkedIn and three days later messages him on Facebook asking for a paid call; the same person on two platforms.",
  "cross_platform first_contact ask_call reciprocity",
  {"a": li("Declan Mulready")},
  [th(L, [
      (ME, "-7d 07:50", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-6d 14:00", "We have 5 physio clinics and our 'premium rehab package' is our €42 cake. Except we priced it so high even we wouldn't buy it."),
      (ME, "+1h", "Most honest comment under this post 😄"),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 19:30", "Hi Sam, Declan here, I commented on your LinkedIn post about the rehab package. Found you on here too, hope that's ok. We'd like to rework all our packages before clinic number six opens in September. Could we have a call next week? Paid, of course."),
  ], focus=True)]),

S("li-0650", True, "A cold-storage sensor founder asks substantive follow-up questions under Sam's viral post while Sam answers within minutes; a stranger with a concrete problem.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": li("Soraya Bendjelloul")},
  [th(L, [
      (ME, "-5d 08:10", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. In B2B we call that cake an 'Enterprise tier'. Most companies design it last. Design it first."),
      ("a", "-2d 10:00", "We sell temperature sensors for cold storage with a monitoring subscription. Our top plan is 'Enterprise: contact us'. Does a hidden price still do the job you describe?"),
      (ME, "+7m", "Mostly not. 'Contact us' hides the anchor, so the middle plan loses its reference point. Showing a 'from' price usually helps."),
      ("a", "+5m", "Our sales team insists a visible price scares off big accounts."),
      (ME, "+6m", "Big accounts expect to negotiate from a number. A 'from €X per site' line tells them they're in the right place."),
      ("a", "+4m", "And per site vs per sensor? Our bigger customers hate per-sensor billing."),
      (ME, "+5m", "Per site for the top plan, almost always. It matches how they budget."),
      ("a", "+3m", "That's the argument I needed for Monday's board meeting. Thank you!"),
  ], focus=True)]),

S("li-0651", True, "A grocery trade-magazine journalist uses Sam's viral post as the hook for a feature and asks for ten minutes on the phone before Friday's deadline.",
  "ask_call first_contact",
  {"a": li("Gregor MacAskill")},
  [dm(L, "a", [
      ("a", "-1d 17:20", "Hi Sam, Gregor MacAskill from The Shelf Report. I'm writing a feature on premium 'anchor' products in grocery and your cake post is the hook. I'm filing on Friday at noon. Could we do 10 minutes on the phone tomorrow or the day after? Happy to send questions in advance."),
  ], focus=True)]),

S("li-0652", True, "A B2B revenue podcast host whose team discussed the viral post invites Sam on the show and asks whether he'd be open to a short chat first.",
  "ask_chat first_contact",
  {"a": li("Imani Beckford-Ross")},
  [dm(L, "a", [
      ("a", "-3d 16:00", "Hi Sam, your post has been the talk of our Slack all week. I host Revenue Rooms, a podcast for B2B revenue leaders. If you're up for it, I'd love to have you on for an episode about designing the top tier first. Would you be open to a short chat to see if it's a fit?"),
  ], focus=True)]),

S("li-0653", True, "An L&D lead at a home-goods chain sends an invitation note asking for a quote for a half-day pricing training after the viral post.",
  "ask_rates ask_call first_contact",
  {"a": li("Gwendolyn Sethi")},
  [net("a", [
      ("a", "-1d 18:30", "Hi Sam, your cake post is pinned in our managers' channel. I lead L&D at a 60-store home-goods chain and we'd like a quote for a half-day pricing training for store managers. Could you send rates or suggest a call?"),
  ], focus=True)]),

S("li-0654", True, "In Chilean Spanish, a winery's commercial director asks about his icon wine under the viral post and then messages for a video call about export prices.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": li("Matías Valdebenito Urzúa")},
  [th(L, [
      (ME, "-6d 07:55", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-4d 15:00", "Nos pasa con nuestro vino ícono de 90 dólares: casi nadie lo compra, pero desde que está en la carta de la tienda subió el reserva. ¿Cómo se decide cuánto empujar el precio de arriba?"),
      (ME, "+1h", "Buena pregunta, Matías. Depende de cuán creíble sea el ícono para quien compra el reserva. Si lo ve como otro planeta, deja de servir de referencia."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 13:10", "Hola Sam, gracias por la respuesta en tu publicación. Me encantaría conversarlo con calma. ¿Tendrías un hueco para una videollamada la próxima semana? Estamos armando la lista de precios de exportación y me vendría muy bien tu mirada."),
  ], focus=True)]),

S("li-0655", True, "In French, a Lausanne watch-strap maker whose team shared the viral post asks for a video meeting next week about a possible mandate on the whole range.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": li("Aurélie Mottier-Chappuis")},
  [dm(L, "a", [
      ("a", "-2d 09:40", "Bonjour Monsieur Rivera, votre publication sur le gâteau à 42 € a beaucoup circulé dans notre équipe. Nous fabriquons des bracelets de montre en cuir à Lausanne et notre gamme « atelier » à 390 CHF ne se vend presque pas. Seriez-vous disponible pour un échange en visio la semaine prochaine ? Nous envisageons un mandat sur l'ensemble de la gamme."),
  ], focus=True)]),

S("li-0656", True, "In German, a machine-tool maker's managing director reposts the viral post, asks by message for a paid phone call and they fix one for next Tuesday.",
  "ask_call first_contact reciprocity non_english lang_de",
  {"a": li("Burkhard Quadflieg")},
  [th(L, [
      ("a", "-3d 07:40", "Sehr lesenswert von Sam Rivera. Im Maschinenbau ist unser 'Kuchen für 42 Euro' die Vollausstattung, die wir nie richtig kalkuliert haben. Wir werden das angehen."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 08:05", "Sehr geehrter Herr Rivera, wie in meinem Beitrag angedeutet: Wir möchten die Ausstattungsvarianten unserer Drehmaschinen neu ordnen, bevor im Herbst die neue Preisliste erscheint. Hätten Sie in der kommenden Woche Zeit für ein Telefonat? Gern als bezahlter Termin."),
      (ME, "+2h", "Sehr geehrter Herr Quadflieg, sehr gern. Passt Ihnen nächsten Dienstag um 10 Uhr?"),
      ("a", "+30m", "Dienstag, 10 Uhr passt. Ich rufe Sie an."),
  ], focus=True)]),

S("li-0657", True, "In Swiss German, a St. Gallen lecturer wants Sam for a paid guest lesson on the viral post's idea and asks whether she may call him.",
  "ask_call first_contact non_english lang_de",
  {"a": li("Regula Zwicky-Baumann")},
  [dm(L, "a", [
      ("a", "-1d 15:10", "Grüezi Herr Rivera, ich unterrichte Marketing an der Fachhochschule in St. Gallen. Ihr Beitrag passt perfekt zu meinem Modul 'Preisstrategie' im Herbstsemester. Wären Sie bereit, eine Gastlektion zu halten (90 Minuten, online oder vor Ort)? Ein Honorar ist vorgesehen. Dürfte ich Sie dazu kurz anrufen?"),
  ], focus=True)]),

S("li-0658", True, "In Portuguese, a Braga software-house CEO whose sales team passed round the viral post asks for a meeting next week, in Lisbon or on Teams.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": li("Henrique Beirão Cabral")},
  [dm(L, "a", [
      ("a", "-2d 10:00", "Bom dia Sam, o seu post sobre o bolo de 42 € anda a circular pela equipa comercial toda. Somos uma software house em Braga (45 pessoas) e os nossos três planos de suporte nunca foram pensados a sério. Podemos marcar uma reunião na próxima semana, presencial em Lisboa ou por Teams?"),
  ], focus=True)]),

S("li-0659", True, "In Brazilian Portuguese, a fintech product lead trades quick questions with Sam under the viral post and ends by asking for a call next week.",
  "ask_call first_contact reciprocity many_turns fast_reply non_english lang_pt",
  {"a": li("Larissa Teixeira Cordovil")},
  [th(L, [
      (ME, "-5d 08:20", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-2d 13:00", "Sam, numa fintech B2B isso vale para planos de conta PJ? Temos Essencial, Pro e Corporate, e o Corporate é basicamente decorativo."),
      (ME, "+6m", "Vale, Larissa. A pergunta é: o Corporate faz o Pro parecer razoável, ou só parece caro?"),
      ("a", "+4m", "Sinceramente? Só parece caro. Ninguém compara os dois."),
      (ME, "+5m", "Então hoje ele não está trabalhando. O topo precisa ser comparável: os mesmos critérios, mais de tudo."),
      ("a", "+3m", "Faz sentido demais. Topa uma call semana que vem? Queria trazer meu head de produto."),
  ], focus=True)]),

# ---- negatives
S("li-0660", False, "A stranger comments 'Insightful' with a light-bulb emoji under Sam's viral post; applause with nothing to continue.",
  "thanks_only first_contact",
  {"a": li("Ashwin Palanisamy")},
  [th(L, [
      (ME, "-4d 07:40", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+5h", "Insightful 💡 Thanks for sharing, Sam."),
  ], focus=True)]),

S("li-0661", False, "A former colleague silent for over a year comments fondly on the viral post, Sam replies in kind; warm praise with nothing to continue.",
  "small_talk reciprocity reengagement",
  {"a": li("Oonagh Fennelly")},
  [dm(L, "a", [
      ("a", "-420d 17:00", "All the best in Lisbon, Sam. The office won't be the same."),
      (ME, "+1h", "Thank you Oonagh, stay in touch!"),
  ]),
   th(L, [
      (ME, "-5d 07:50", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-4d 12:10", "Love this, Sam! I still remember you drawing the cake version of this on the whiteboard years ago 😄"),
      (ME, "+30m", "Ha, the whiteboard cake lives on, Oonagh!"),
  ], focus=True)]),

S("li-0662", False, "Someone reposts Sam's viral post tagging twelve people from his network 'who need to see this'; a mass tag.",
  "mass_mention",
  dict(crowd(12, 648), a=li("Grayson Fitzwilliam")),
  [th(L, [
      ("a", "-3d 09:00", "Tagging people in my network who need to see this 👇 Great post from Sam Rivera.", {"at": ats(12)}),
  ], focus=True)]),

S("li-0663", False, "A stranger comments under the viral post offering his pricing calculator to anyone who comments PRICE; engagement bait in Sam's comments.",
  "promotional first_contact",
  {"a": li("Connor Blakeslee")},
  [th(L, [
      (ME, "-5d 08:05", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+3h", "Great post! I built a free tier-pricing calculator based on exactly this. Comment PRICE below and I'll DM it to you 👇"),
  ], focus=True)]),

S("li-0664", False, "A ghostwriter counts the viral post's impressions and offers three posts a week for Sam with a 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": li("Sienna Holdsworth-Kay")},
  [dm(L, "a", [
      ("a", "-2d 11:45", "Hi Sam, 900k impressions on the cake post, congrats! Most creators can't repeat a hit because they don't have a system. I ghostwrite for 25 B2B consultants and we'd turn your back catalogue into 3 posts a week. 15-minute call so I can show you the plan?"),
  ], focus=True)]),

S("li-0665", False, "A carousel designer's invitation note offers to redo the viral post as a paid carousel; a seller, not accepted.",
  "promotional first_contact",
  {"a": li("Kateryna Holub")},
  [net("a", [
      ("a", "-2d 11:00", "Hi Sam! Loved your cake post. I design LinkedIn carousels for consultants and made a quick mock-up of yours, it would get 3x the reach as a PDF post. Happy to send it, packages from €120."),
  ], focus=True)]),

S("li-0666", False, "A recruiter cites Sam's recent post before a template pitch for a Head of Pricing & Monetisation role with a quick-call ask; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": li("Rhys Llewellin-Hart")},
  [dm(L, "a", [
      ("a", "-3d 10:30", "Hi Sam, I hope this message finds you well! I came across your profile and your recent post and was really impressed by your expertise in pricing. I'm currently partnering with a fast-growing scale-up on an exciting Head of Pricing & Monetisation role. Would you be open to a quick call to explore?"),
  ], focus=True)]),

S("li-0667", False, "A procurement director politely disputes the viral post from the buyer's side over several comments and they settle on a shared point; a debate with no ask.",
  "small_talk reciprocity many_turns first_contact",
  {"a": li("Philippa Wragg")},
  [th(L, [
      (ME, "-6d 07:35", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-4d 09:30", "Respectfully, this is why buyers don't trust vendor price lists. From procurement's side, a top tier nobody buys signals that the whole list is theatre."),
      (ME, "+40m", "Fair, Philippa, if the top tier is fake. If it's a real product someone buys, it's information, not theatre."),
      ("a", "+1h", "In theory. In practice I rarely see anyone buy it, and our team negotiates from the middle anyway."),
      (ME, "+30m", "Then the tier failed, not the idea. But I take the point that buyers see through lazy ones."),
      ("a", "+20m", "Let's agree that lazy ones are bad and leave it there 🙂"),
  ], focus=True)]),

S("li-0668", False, "A stranger dismisses Sam as 'another LinkedIn guru with a cake story' and says to call him after running a real P&L; hostility.",
  "hostile keyword_trap first_contact",
  {"a": li("Vaughn Tillery")},
  [th(L, [
      (ME, "-5d 07:55", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+8h", "Another LinkedIn guru with a cake story. Call me when you've run an actual P&L."),
  ], focus=True)]),

S("li-0669", False, "A reader asks the research name for the viral post's effect, Sam names it in one line and she thanks him; settled.",
  "trivial_question reciprocity first_contact",
  {"a": li("Keiko Ashfield")},
  [th(L, [
      (ME, "-4d 08:15", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+6h", "Is there a research name for this? I'd like to read more."),
      (ME, "+20m", "Usually the decoy effect, or asymmetric dominance if you want the paper trail."),
      ("a", "+10m", "Perfect, thank you!"),
  ], focus=True)]),

S("li-0670", False, "A craft bakers' guild asks Sam to speak at its conference in three weeks after the viral post, he declines for a client commitment, and they understand; declined.",
  "declined closed reciprocity ask_call first_contact",
  {"a": li("Bertrand Cowdrey")},
  [dm(L, "a", [
      ("a", "-5d 14:00", "Dear Sam, the Guild of Craft Bakers would be delighted to have you speak at our annual conference in three weeks, following your wonderful cake post. Could we arrange a call to discuss?"),
      (ME, "+4h", "Dear Bertrand, thank you, that's a lovely invitation. Unfortunately I'm running a client programme that week and can't take it on."),
      ("a", "+1h", "Completely understood, Sam. Perhaps next year."),
  ], focus=True)]),

S("li-0671", False, "A business journalist asked for a call about the viral post seven weeks ago, Sam proposed Thursday, and nothing more came; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": li("Fenella Ratcliffe")},
  [dm(L, "a", [
      ("a", "-49d 10:00", "Hi Sam, I'm writing about anchor pricing for a business weekly and your post is a great example. Could we have a 15-minute call this week?"),
      (ME, "+2h", "Hi Fenella, happy to. Thursday at 11:00?"),
  ], focus=True)]),

S("li-0672", False, "A SaaS marketer had the call she asked for after the viral post and thanks Sam, saying they now know what to do; closed.",
  "closed reciprocity ask_call first_contact",
  {"a": li("Mina Hazeldine")},
  [dm(L, "a", [
      ("a", "-7d 09:00", "Hi Sam, loved your post. We have a three-tier SaaS and the top tier is an afterthought. 20-minute call this week?"),
      (ME, "+1h", "Sure, Wednesday 14:00?"),
      ("a", "+20m", "Works!"),
      ("a", "-3d 16:00", "Thanks for the call, Sam, super useful. We know what to do with the Enterprise tier now. Appreciate you making the time."),
      (ME, "+30m", "Glad it helped, Mina. Good luck!"),
  ], focus=True)]),

S("li-0673", False, "A stranger who reacted to the viral post sends an invitation without a note; no message.",
  "no_message first_contact",
  {"a": li("Rutger Blom")},
  [net("a", [
      ("a", "-2d 08:00", ""),
  ], focus=True)]),

S("li-0674", False, "Right after Sam accepts a new connection, an automatic 'thanks for connecting' message sends him a free e-book link; an auto-DM.",
  "automated promotional first_contact",
  {"a": li("Chandler Ives")},
  [net("a", [
      ("a", "-3d 09:00", ""),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 13:02", "Thanks for connecting, Sam! 🙌 As a thank-you, here's my free e-book '50 LinkedIn Hooks That Convert': hooks.example/free. Let me know what you think!"),
  ], focus=True)]),

S("li-0675", False, "Sponsored InMail with an unfilled first-name placeholder offers a pricing-analytics demo; automated advertising.",
  "automated promotional",
  {"a": P("Scalewise Analytics", li="")},
  [dm(L, "a", [
      ("a", "-2d 07:00", "Hi %FIRSTNAME%, leaders like you are turning viral reach into pipeline. See how Scalewise helps B2B teams price with confidence. Book your personalised demo today."),
  ], focus=True)]),

S("li-0676", False, "In Spanish, a product manager tags a colleague under the viral post for Monday's reunión; a note to a colleague, a keyword trap.",
  "small_talk keyword_trap first_contact non_english lang_es",
  {"a": li("Inmaculada Cebrián Peña"), "b": li("Javier Soler Mas")},
  [th(L, [
      (ME, "-4d 07:45", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+4h", "Javier Soler Mas, esto para la reunión del lunes con el equipo de producto 😉", {"at": "b"}),
  ], focus=True)]),

S("li-0677", False, "In Spanish, a lead-generation agency congratulates Sam on going viral and asks to schedule a 15-minute call to sell meetings; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": li("Álvaro Montilla Ruiz")},
  [dm(L, "a", [
      ("a", "-1d 10:30", "Hola Sam, enhorabuena por la publicación, se ha hecho viral 👏 Ahora toca convertir esa visibilidad en clientes. En nuestra agencia generamos entre 10 y 15 reuniones cualificadas al mes para consultores. ¿Agendamos una llamada de 15 minutos esta semana?"),
  ], focus=True)]),

S("li-0678", False, "In French, a stranger thanks Sam for an inspiring post; a thank-you comment with nothing to continue.",
  "thanks_only first_contact non_english lang_fr",
  {"a": li("Apolline Ferrand-Roux")},
  [th(L, [
      (ME, "-3d 07:50", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+7h", "Merci pour ce partage très inspirant 🙏"),
  ], focus=True)]),

S("li-0679", False, "In French, a headhunter cites Sam's recent post before a template pitch for a permanent Pricing Director job and asks for a phone call; a recruiter template.",
  "recruiter_template keyword_trap first_contact non_english lang_fr",
  {"a": li("Édouard Lamarque-Poulain")},
  [dm(L, "a", [
      ("a", "-2d 09:20", "Bonjour Sam, votre profil et votre récente publication ont retenu toute mon attention. J'accompagne actuellement un acteur majeur de la distribution dans le recrutement de son Directeur Pricing (CDI, Paris). Seriez-vous ouvert à un échange téléphonique rapide cette semaine ?"),
  ], focus=True)]),

S("li-0680", False, "In German, a stranger comments that her team discussed exactly this at Monday's Team-Treffen; a comment with nothing to continue, a keyword trap.",
  "small_talk keyword_trap first_contact non_english lang_de",
  {"a": li("Wiebke Sonnleitner")},
  [th(L, [
      (ME, "-5d 07:40", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "+9h", "Spannend! Genau darüber haben wir am Montag beim Team-Treffen gesprochen. 👍"),
  ], focus=True)]),

S("li-0681", False, "In German, a LinkedIn coach says the viral post shows Sam's potential and offers a free 20-minute strategy talk; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": li("Ralf Dörrbecker")},
  [dm(L, "a", [
      ("a", "-2d 18:10", "Hallo Herr Rivera, Ihr Beitrag zeigt, wie viel Potenzial in Ihrem Profil steckt! Als LinkedIn-Coach helfe ich Beratern, aus Reichweite planbar Aufträge zu machen. Hätten Sie Lust auf ein kostenloses Strategiegespräch von 20 Minuten?"),
  ], focus=True)]),

S("li-0682", False, "In Portuguese, a stranger partly disagrees with the viral post, Sam answers, and they find common ground; a civil exchange with no ask.",
  "small_talk reciprocity first_contact non_english lang_pt",
  {"a": li("Duarte Brito Trindade")},
  [th(L, [
      (ME, "-6d 07:55", "The most profitable product one of my clients sells is a €42 cake that almost nobody buys. Before it existed, their €18 cake sat in the fridge. After, it sold out by noon. Design the top tier first."),
      ("a", "-5d 12:30", "Concordo em parte, mas em B2B os compradores desconfiam destes truques."),
      (ME, "+40m", "Em parte, sim: se o topo for falso nota-se logo. Se for um produto a sério, ajuda."),
      ("a", "+25m", "Aí concordo. O problema é quando é só montra."),
  ], focus=True)]),

S("li-0683", False, "In Portuguese, a university classmate silent for two years congratulates Sam on the viral post and floats a class dinner some day; small talk.",
  "small_talk reengagement reciprocity non_english lang_pt",
  {"a": li("Inês Rebelo Cardim")},
  [dm(L, "a", [
      ("a", "-800d 21:00", "Parabéns pelo livro, Sam!"),
      (ME, "+12h", "Obrigado, Inês!"),
      ("a", "-2d 20:15", "Parabéns pelo sucesso do post, Sam! Estás em todo o lado 😄 Lembro-me das tuas apresentações na faculdade, já se via."),
      (ME, "+1h", "Obrigado, Inês! Que saudades desses tempos."),
      ("a", "+30m", "Temos de combinar um jantar do curso um dia destes!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 16: a B2B month
S("li-0684", True, "A procurement manager's invitation note says her company is scoping a pricing project for its service contracts and asks to schedule a call.",
  "ask_call first_contact",
  {"a": li("Annika Fairbrother")},
  [net("a", [
      ("a", "-1d 15:20", "Hi Sam, I'm a procurement manager at Halvard Elevators. We're scoping an external project on how we price our maintenance contracts and your name came up twice. Could we schedule a 30-minute call next week?"),
  ], focus=True)]),

S("li-0685", True, "Right after Sam accepts his bare invitation, a CFO thanks him for connecting and asks for a proposal and a call about a price-increase programme.",
  "ask_rates ask_call first_contact",
  {"a": li("Mortimer Aldridge-Kaye")},
  [net("a", [
      ("a", "-4d 09:00", ""),
      (ME, "+6h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 10:10", "Thanks for connecting, Sam. To be direct about why I invited you: I'm CFO of Brackwater Chemicals (distribution, €90m turnover) and we need a structured price-increase programme across 2,000 industrial customers for Q1. Could you send a proposal, and could we talk by phone this week so you have the background?"),
  ], focus=True)]),

S("li-0686", True, "The VP Finance of a medical-devices distributor sends an InMail asking Sam for a proposal on discount governance and a scoping call.",
  "ask_rates ask_call first_contact",
  {"a": li("Cordelia Amberley")},
  [dm(L, "a", [
      ("a", "-2d 13:00", "Dear Sam, I'm VP Finance at Serrano Medical Distribution (Iberia and France). Our net price realisation fell 4 points in two years, mostly from uncontrolled discounts on tenders. We would like to invite you to propose a discount-governance project. Would you be available for a scoping call next week? I can share our tender data under NDA beforehand."),
  ], focus=True)]),

S("li-0687", True, "After commenting under Sam's post, a head of sales whose team discounts to win every renewal messages him asking for help and a call.",
  "ask_help ask_call first_contact",
  {"a": li("Thaddeus Lockwood-Pryor")},
  [th(L, [
      (ME, "-3d 08:00", "When every renewal comes with a discount, your list price is a rumour."),
      ("a", "+2h", "This is us. Exactly us."),
  ]),
   dm(L, "a", [
      ("a", "-2d 17:30", "Hi Sam, following my comment. I lead sales at a cybersecurity-training company, 40 reps. 70% of our renewals close with a discount, average 18%, and the CEO wants it under 8% by next year without losing logos. I need help designing this. Could we talk this week?"),
  ], focus=True)]),

S("li-0688", True, "A data-analytics boutique Sam knows proposes a joint bid for a water utility's tariff-review tender and asks to talk this week.",
  "ask_call reciprocity many_turns",
  {"a": li("Marcus Everingham")},
  [dm(L, "a", [
      ("a", "-80d 12:00", "Good to finally meet in person at the utilities forum, Sam."),
      (ME, "+3h", "Likewise, Marcus. Let's find something to do together."),
      ("a", "-2d 09:15", "Found something! A regional water utility has put out a tender for a tariff review for business customers. We'd do the consumption modelling, you'd do tariff design and the price communication. Joint bid? Submission closes in three weeks. Can we talk on Thursday?"),
      (ME, "+2h", "Count me in. Thursday afternoon works."),
  ], focus=True)]),

S("li-0689", True, "A contract-caterers' trade association asks Sam to give a paid members' webinar on indexation clauses and asks for his fee and a call.",
  "ask_rates ask_call first_contact",
  {"a": li("Winifred Stallworth")},
  [dm(L, "a", [
      ("a", "-3d 14:00", "Hello Sam, I'm Head of Member Services at the Contract Catering Association. Our members are renegotiating food-cost indexation clauses with clients and many are losing. We'd like to commission a members-only webinar from you in the next six weeks. What would your fee be, and do you have time for a call to discuss the content?"),
  ], focus=True)]),

S("li-0690", True, "A freight-software founder planning a price change messages Sam on LinkedIn and DMs him on Twitter two days later asking for a call; the same person on two platforms.",
  "ask_call cross_platform first_contact",
  {"a": P("Priyanka Solberg-Nair", tw="priyanka_routecraft", li=True)},
  [dm(L, "a", [
      ("a", "-4d 16:00", "Hi Sam, I'm co-founder of Routecraft (route-planning software for freight carriers, 320 customers). We want to change from per-user to per-shipment pricing in January. I'd value your view before we commit."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 11:40", "Hi Sam, Priyanka from Routecraft, I wrote on LinkedIn earlier this week. Could we do a call Thursday or Friday? The board wants the new pricing signed off by the 15th."),
  ], focus=True)]),

S("li-0691", True, "A known contact introduces the head of revenue of a freight forwarder in a LinkedIn group message and the new person asks to set up a call.",
  "introduction ask_call first_contact",
  {"k": li("Bartholomew Ingleby"), "n": li("Zainab Whitmore-Essien")},
  [dm(L, "k", [
      ("k", "-220d 11:00", "Thanks for the pricing session at our offsite, the team still talks about it."),
      (ME, "+1h", "Glad it landed, Bartholomew."),
  ]),
   dm(L, "k n", [
      ("k", "-2d 10:00", "Sam, Zainab, connecting you two. Zainab runs revenue at Meridian Freight and is rethinking surcharges. Sam is who I'd call."),
      ("n", "+50m", "Thank you Bartholomew! Hi Sam, our fuel and peak surcharges have become a second price list that customers hate. I'd really like to set up a call to see whether you could help. Next Tuesday or Wednesday?"),
  ], focus=True)]),

S("li-0692", True, "A former client silent for three years, now chief commercial officer at a new company, asks Sam for a pricing diagnostic and a call.",
  "reengagement ask_rates ask_call",
  {"a": li("Evangeline Rutherford-Okafor")},
  [dm(L, "a", [
      ("a", "-1080d 15:00", "Wrapping up the project today. Thanks for everything, Sam, it changed how we sell."),
      (ME, "+2h", "Thank you, Evangeline, great team to work with."),
      ("a", "-2d 08:45", "Sam! It's been three years. I joined Corvane Instruments as CCO in June and the pricing here is where we were before you came in, only bigger: 14,000 SKUs and a discount matrix nobody owns. I'd like to start with a diagnostic like last time. Can we talk next week about scope and budget?"),
  ], focus=True)]),

S("li-0693", True, "A stranger asks a substantive question under Sam's post, Sam answers, and she asks to take it offline for twenty minutes next week.",
  "ask_call first_contact reciprocity many_turns",
  {"a": li("Rosamund Achebe-Hartley")},
  [th(L, [
      (ME, "-2d 09:00", "Value-based pricing fails most often in procurement, not in sales. Nobody told the buyer what the value was."),
      ("a", "+1h", "So how do you get the value case in front of procurement when sales only meets the business owner? We sell lab automation and procurement always reduces us to a price per unit."),
      (ME, "+30m", "Give the champion a one-page value case written for procurement, in their units: cost per sample, not features."),
      ("a", "+20m", "That's useful. Could we take this offline? 20 minutes next week, I'd like to show you our current one-pager."),
  ], focus=True)]),

S("li-0694", True, "In German, a procurement lead at a mid-sized manufacturer invites Sam to quote for a spare-parts pricing project and asks for a call beforehand.",
  "ask_rates ask_call first_contact non_english lang_de",
  {"a": li("Gudrun Hasselbeck")},
  [dm(L, "a", [
      ("a", "-2d 10:30", "Sehr geehrter Herr Rivera, ich leite den indirekten Einkauf der Kettler & Rombach Antriebstechnik GmbH. Wir planen ein Beratungsprojekt zur Preisgestaltung unseres Ersatzteilgeschäfts (rund 38.000 Artikel) und möchten Sie einladen, uns ein Angebot zu unterbreiten. Vorab würde ich gern in einem Telefonat den Umfang erläutern. Wäre Ihnen Mittwoch oder Donnerstag recht?"),
  ], focus=True)]),

S("li-0695", True, "In German, the head of continuing education at a university of applied sciences asks Sam to teach a module on pricing and proposes a Teams meeting.",
  "ask_call first_contact reciprocity non_english lang_de",
  {"a": li("Lieselotte Brandauer")},
  [dm(L, "a", [
      ("a", "-3d 12:15", "Guten Tag Herr Rivera, ich leite die Weiterbildung an der Hochschule Lahntal. Für unseren berufsbegleitenden Zertifikatskurs Vertriebsmanagement suchen wir ab dem Sommersemester einen Dozenten für das Modul Preisstrategie im B2B (zwei Präsenztage). Hätten Sie Interesse? Gern würde ich Ihnen das Konzept in einem kurzen Teams-Gespräch vorstellen."),
      (ME, "+5h", "Guten Tag Frau Brandauer, das klingt sehr interessant. Gern, nächste Woche Dienstag oder Mittwoch?"),
      ("a", "+1h", "Dienstag 11 Uhr, ich schicke Ihnen die Einladung. Ich freue mich!"),
  ], focus=True)]),

S("li-0696", True, "In Portuguese, the CFO of a Porto textile exporter sends an invitation note and then a message asking for a call before a price change for European buyers.",
  "ask_call first_contact non_english lang_pt",
  {"a": li("Adalberto Meireles Cunha")},
  [net("a", [
      ("a", "-3d 09:00", "Caro Sam, sou CFO de uma têxtil exportadora do Porto. Gostaria de o ter na minha rede."),
      (ME, "+4h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-2d 10:20", "Obrigado por aceitar, Sam. Vamos subir os preços aos nossos clientes europeus em março e queremos fazê-lo de forma diferenciada por cliente. Gostaria de marcar uma chamada consigo para perceber como poderia ajudar-nos. Que disponibilidade tem na próxima semana?"),
  ], focus=True)]),

S("li-0697", True, "In Brazilian Portuguese, an HR-tech founder preparing a fundraise asks Sam for a 30-minute call about his plans, Sam agrees and they set a time.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": li("Caetano Ribas Guimarães")},
  [dm(L, "a", [
      ("a", "-2d 20:30", "Fala Sam, tudo certo? Sou fundador da Pessoalize, HR-tech B2B com 230 clientes. Vamos abrir a rodada seed+ em dois meses e nosso preço por colaborador está baixo demais, os fundos já comentaram. Topa uma call de 30 min pra eu te mostrar os planos?"),
      (ME, "+10h", "Olá Caetano! Topo sim. Quinta às 14h de Brasília?"),
      ("a", "+25m", "Fechado! Mando o link do Meet."),
  ], focus=True)]),

S("li-0698", True, "In Colombian Spanish, the commercial director of a Bogotá software company whose team discounts every deal asks Sam for a Teams meeting.",
  "ask_meeting ask_help first_contact non_english lang_es",
  {"a": li("Esteban Cifuentes Rangel")},
  [dm(L, "a", [
      ("a", "-1d 15:00", "Buenas tardes Sam, le saludo desde Bogotá. Soy director comercial de una empresa de software contable con 1.200 clientes empresariales. El equipo otorga descuentos en casi todas las negociaciones y ya no sabemos cuál es nuestro precio real. Quisiera saber si usted nos podría acompañar en esto. ¿Podríamos agendar una reunión por Teams la próxima semana?"),
  ], focus=True)]),

S("li-0699", True, "In French, the founder of a Nantes SaaS company about to raise funds asks Sam for a video call to review his pricing before the investor meetings.",
  "ask_call first_contact non_english lang_fr",
  {"a": li("Gonzague Le Bihan")},
  [dm(L, "a", [
      ("a", "-2d 18:45", "Bonjour Sam, je suis fondateur d'Ancrage, un logiciel de gestion pour les ports de plaisance (110 clients). Nous lançons notre levée de fonds en janvier et je sens que notre grille tarifaire va être notre point faible face aux investisseurs. Pourrait-on se parler en visio la semaine prochaine ? Je vous enverrai nos chiffres en amont."),
  ], focus=True)]),

S("li-0700", False, "After Sam accepts an invitation, the new contact's tool sends a 'Thanks for connecting!' message with a content link; an automated message.",
  "automated first_contact",
  {"a": li("Jethro Vandeleur")},
  [net("a", [
      ("a", "-3d 08:30", ""),
      (ME, "+3h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-3d 11:31", "Thanks for connecting, Sam! 🙌 Always great to grow my network with fellow professionals. Feel free to check out my latest article on sales leadership here: jethrovandeleur.example/blog"),
  ], focus=True)]),

S("li-0701", False, "A sales director sends Sam an invitation without a note and nothing else; no message.",
  "no_message first_contact",
  {"a": li("Leofric Tamworth-Gale")},
  [net("a", [
      ("a", "-2d 14:00", ""),
  ], focus=True)]),

S("li-0702", False, "A former client sends LinkedIn's pre-filled work-anniversary congratulations; automated small talk.",
  "automated small_talk reengagement",
  {"a": li("Clementine Ashdown")},
  [dm(L, "a", [
      ("a", "-500d 10:00", "Thanks again for the workshop, Sam."),
      (ME, "+1h", "My pleasure, Clementine."),
      ("a", "-1d 09:12", "Congrats on your work anniversary!"),
  ], focus=True)]),

S("li-0703", False, "A connection congratulates Sam on joining an advisory board under his post and Sam thanks him; congratulations only.",
  "small_talk reciprocity first_contact",
  {"a": li("Percival Dunstable")},
  [th(L, [
      (ME, "-1d 08:15", "Happy to share that I've joined the advisory board of Tessellate, a procurement-software startup."),
      ("a", "+40m", "Congratulations Sam, great fit!"),
      (ME, "+1h", "Thank you, Percival!"),
  ], focus=True)]),

S("li-0704", False, "A stranger says he endorsed Sam for pricing strategy and asks Sam to endorse him back for sales leadership; a favour with nothing to continue.",
  "small_talk first_contact",
  {"a": li("Reginald Oxenbury")},
  [dm(L, "a", [
      ("a", "-2d 12:00", "Hi Sam, just endorsed you for Pricing Strategy 👍 Would you mind endorsing me for Sales Leadership? Thanks in advance!"),
  ], focus=True)]),

S("li-0705", False, "A lead-gen SDR sends an opener, a 'nudging this back up your inbox' bump and a 'closing the loop' message; a sales sequence.",
  "promotional keyword_trap first_contact",
  {"a": li("Kylie Marchbanks")},
  [dm(L, "a", [
      ("a", "-12d 09:00", "Hi Sam, I get independent consultants 10+ booked discovery meetings every month through managed outreach. Worth a quick 15-minute chat?"),
      ("a", "-7d 09:01", "Nudging this back up your inbox, Sam 🙂"),
      ("a", "-1d 09:00", "Hi Sam, closing the loop here. If pipeline isn't a priority right now, no problem. Should I reach back out next quarter?"),
  ], focus=True)]),

S("li-0706", False, "An agency InMail proposes a 'co-marketing partnership' that turns out to be paid LinkedIn ads management and asks for a call; a partnership pitch that is a sale.",
  "promotional keyword_trap first_contact",
  {"a": li("Crispin Falconer")},
  [dm(L, "a", [
      ("a", "-2d 11:00", "Hi Sam, I'd love to explore a co-marketing partnership with you. We manage LinkedIn ads for B2B consultants and our partners see 3x more inbound leads. Packages start at €1,500/month plus ad spend. Free for a 20-minute call on Thursday?"),
  ], focus=True)]),

S("li-0707", False, "A sponsored InMail with an unfilled first-name placeholder invites Sam to a procurement summit; automated promotion.",
  "automated promotional",
  {"a": P("ProcureTech Europe Summit", li="")},
  [dm(L, "a", [
      ("a", "-1d 10:00", "Hi %FIRSTNAME%, join 3,000 procurement and finance leaders at ProcureTech Europe in Amsterdam. Register this week for 30% off your pass and get the 2026 Supplier Pricing Report free."),
  ], focus=True)]),

S("li-0708", False, "A recruiter's InMail template about 'an exciting VP Pricing opportunity' asks for a confidential call; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": li("Octavia Hemsworth-Lyle")},
  [dm(L, "a", [
      ("a", "-2d 08:40", "Hi Sam, I hope this message finds you well. I came across your profile and was impressed by your pricing expertise. I'm exclusively retained on an exciting VP Pricing opportunity with a global industrial leader (Zurich, top-tier package). Would you be open to a confidential call to explore it? Best, Octavia, Hemsworth Search Partners"),
  ], focus=True)]),

S("li-0709", False, "A CPQ startup asks for Sam's 'expert feedback' on a 20-minute call, then follows up with its partner pricing and a demo slot; a demo framed as a feedback request.",
  "promotional keyword_trap first_contact",
  {"a": li("Ferdinand Quarrington")},
  [dm(L, "a", [
      ("a", "-6d 14:00", "Hi Sam, we're building DealFlowCPQ and would love your expert feedback, 20 minutes this week?"),
      ("a", "-2d 14:05", "Following up, Sam! As a thank-you for your feedback we'd give you our consultant partner tier at €49/month (normally €99). I've reserved a demo slot for Thursday at 3pm, shall I send the invite?"),
  ], focus=True)]),

S("li-0710", False, "An awards organiser says Sam is a finalist in a 'global business excellence' award and asks him to confirm a €1,200 participation package; a paid award.",
  "promotional spam first_contact",
  {"a": li("Isadora Venkataraman")},
  [dm(L, "a", [
      ("a", "-1d 13:30", "Dear Sam, congratulations! You have been selected as a Finalist in the Global Business Excellence Awards 2026, Consulting category. To confirm your finalist status, please complete the participation package (€1,200: gala seat, trophy, winners' magazine feature) by Friday."),
  ], focus=True)]),

S("li-0711", False, "A stranger asks Sam to comment on his new post within the first hour to help the algorithm; a request for engagement.",
  "promotional first_contact",
  {"a": li("Lucian Pembridge")},
  [dm(L, "a", [
      ("a", "-1d 07:10", "Morning Sam! Just posted about B2B negotiation, would you drop a comment in the first hour? Algorithm loves it 🙏 I'll return the favour on your next one!"),
  ], focus=True)]),

S("li-0712", False, "A webinar attendee asks the title of the book Sam mentioned, Sam gives it in one line and she thanks him; settled.",
  "trivial_question closed reciprocity first_contact",
  {"a": li("Genevieve Ollerenshaw")},
  [dm(L, "a", [
      ("a", "-2d 19:00", "Hi Sam, which book did you mention at the end of the webinar, the one about price wars?"),
      (ME, "+40m", "'The Price War Trap' by Margarethe Solvik."),
      ("a", "+5m", "Thank you!"),
  ], focus=True)]),

S("li-0713", False, "A procurement lead invites Sam to submit a proposal for a tender, Sam declines because of a client conflict and she thanks him; declined.",
  "declined closed reciprocity ask_rates first_contact",
  {"a": li("Harriet Dunwoody-Shaw")},
  [dm(L, "a", [
      ("a", "-5d 10:00", "Hello Sam, we're running a tender for a commercial pricing review at Albion Building Products. Would you like to submit a proposal? Deadline is the end of the month."),
      (ME, "+4h", "Hello Harriet, thank you for including me. I'm working for one of your direct competitors at the moment, so I have to decline."),
      ("a", "+1h", "Completely understood, thanks for letting me know so quickly."),
  ], focus=True)]),

S("li-0714", False, "Sam messaged a CFO after she accepted his invitation, proposing a call on her planned price increase, and has had no answer in over two months; Sam's own ask.",
  "owner_only ask_call",
  {"a": li("Beatrix Holloway-Crane")},
  [net("a", [
      (ME, "-80d 10:00", "Hi Beatrix, enjoyed your panel on pass-through pricing. Would be glad to connect."),
      ("a", "+1d 08:00", "", "connection"),
  ]),
   dm(L, "a", [
      (ME, "-78d 09:00", "Thanks for connecting, Beatrix. You mentioned a price increase planned for the spring; if useful, I'd be happy to have a call about how to roll it out to your distributors."),
  ], focus=True)]),

S("li-0715", False, "A head of sales asked for a call about his discount problem eight weeks ago, Sam offered slots and nothing came back; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": li("Augustin Penhaligon")},
  [dm(L, "a", [
      ("a", "-57d 16:00", "Hi Sam, our reps discount everything in December. Could we have a call about it?"),
      (ME, "+2h", "Hi Augustin, sure. Wednesday at 10 or Thursday at 4, Lisbon time?"),
  ], focus=True)]),

S("li-0716", False, "In Spanish, a purchasing congress posts 'see you there' and tags Sam among twelve people; a mass tag.",
  "mass_mention promotional first_contact non_english lang_es",
  dict(crowd(11, 716), a=li("Congreso Compras Iberia")),
  [th(L, [
      ("a", "-1d 12:00", "¡Quedan 10 días para el Congreso de Compras Iberia! Estas son algunas de las personas que ya tienen su entrada, ¿te unes? @Sam Rivera", {"at": ats(11)}),
  ], focus=True)]),

S("li-0717", False, "In Spanish, a 'thank you for connecting' message turns straight into a pitch for outsourced sales teams; an automated pitch.",
  "automated promotional first_contact non_english lang_es",
  {"a": li("Fabián Otazu Lerma")},
  [net("a", [
      ("a", "-4d 09:00", ""),
      (ME, "+5h", "", "connection"),
  ]),
   dm(L, "a", [
      ("a", "-4d 14:02", "¡Gracias por conectar, Sam! 😊 En Fuerza Comercial Externa ayudamos a consultoras a multiplicar sus ventas con equipos comerciales externalizados. ¿Te envío nuestro dossier o prefieres una llamada de 15 minutos?"),
  ], focus=True)]),

S("li-0718", False, "In French, a headhunting firm's template offers a pricing director role and asks for a call; a recruiter template.",
  "recruiter_template keyword_trap first_contact non_english lang_fr",
  {"a": li("Victoire Dampierre")},
  [dm(L, "a", [
      ("a", "-2d 09:30", "Bonjour Sam, votre parcours a retenu toute mon attention. J'accompagne un groupe industriel français de premier plan dans le recrutement de son Directeur Pricing (H/F), poste basé à Lyon, rémunération attractive. Seriez-vous ouvert à un échange téléphonique confidentiel ? Bien cordialement, Victoire Dampierre, Cabinet Dampierre & Associés"),
  ], focus=True)]),

S("li-0719", False, "In French, a finance director asked for a call on a pricing project and then wrote that the group will do it with its audit firm; they chose someone else.",
  "declined closed reciprocity many_turns ask_call first_contact non_english lang_fr",
  {"a": li("Florimond Castagnède")},
  [dm(L, "a", [
      ("a", "-7d 11:00", "Bonjour Sam, je suis DAF d'un groupe de distribution de matériel électrique. Pourrions-nous échanger par téléphone sur un projet de refonte de nos remises ?"),
      (ME, "+3h", "Bonjour Florimond, volontiers. Jeudi 10h ou vendredi 15h ?"),
      ("a", "-3d 18:00", "Bonjour Sam, finalement le groupe a décidé de confier le sujet à notre cabinet d'audit, qui intervient déjà chez nous. Merci pour votre réactivité et bonne continuation."),
      (ME, "+2h", "Je comprends, bonne continuation à vous."),
  ], focus=True)]),

S("li-0720", False, "In German, a former colleague congratulates Sam on his advisory-board seat and Sam thanks him; congratulations only.",
  "small_talk reengagement reciprocity many_turns non_english lang_de",
  {"a": li("Eberhard Tiefenbacher")},
  [dm(L, "a", [
      ("a", "-600d 18:00", "Schöne Grüße aus Stuttgart, Sam!"),
      (ME, "+1d 09:00", "Danke, Eberhard, Grüße zurück!"),
      ("a", "-1d 12:40", "Herzlichen Glückwunsch zum Beiratsmandat, Sam! Das passt sehr gut zu dir."),
      (ME, "+2h", "Vielen Dank, Eberhard! Freut mich sehr."),
  ], focus=True)]),

S("li-0721", False, "In German, Sam wrote to a sales director he met at a trade fair proposing a phone call and has had no reply for over two months; Sam's own ask.",
  "owner_only ask_call non_english lang_de",
  {"a": li("Hannelore Wittgenstein-Baer")},
  [dm(L, "a", [
      (ME, "-72d 10:30", "Hallo Frau Wittgenstein-Baer, schön, dass wir uns auf der Messe in Hannover kennengelernt haben. Sie erwähnten die Rabattstaffeln für Ihre Händler, hätten Sie Lust auf ein kurzes Telefonat dazu?"),
  ], focus=True)]),

S("li-0722", False, "In Portuguese, a software house proposes a 'parceria' in which Sam would resell its white-label development services, and asks for a meeting; a sales pitch.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": li("Rogério Falcão Pimenta")},
  [dm(L, "a", [
      ("a", "-2d 15:00", "Olá Sam, tudo bem? Somos uma software house em Aveiro e gostaríamos de propor uma parceria: o Sam indica-nos os seus clientes para desenvolvimento de aplicações e nós pagamos 10% de comissão. Temos pacotes a partir de 8.000 €. Podemos marcar uma reunião de 20 minutos para lhe apresentar?"),
  ], focus=True)]),

S("li-0723", False, "In Portuguese, an acquaintance from a startup event asks Sam to vote for his company in a pitch competition; a request to vote.",
  "promotional small_talk reengagement reciprocity non_english lang_pt",
  {"a": li("Jerónimo Saraiva Brito")},
  [dm(L, "a", [
      ("a", "-150d 19:00", "Foi um prazer conhecê-lo no evento da Startup Lisboa, Sam."),
      (ME, "+1d 09:00", "Igualmente, Jerónimo!"),
      ("a", "-1d 11:30", "Olá Sam! Estamos na final do concurso de pitch da Semana do Empreendedor 🚀 A votação do público conta 30%. Pode votar em nós? O link está no meu último post. Obrigado!!"),
  ], focus=True)]),
]
