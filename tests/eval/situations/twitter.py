"""Twitter/X situations (ids tw-NNNN). Notation: see _dsl.py. All people are invented."""
from ._dsl import P, S, dm, th, net, crowd, ats

T, F, L = "twitter", "facebook", "linkedin"
ME = "me"

SITUATIONS = [

# ----------------------------------------------------------------- explicit asks, English
S("tw-0001", True, "A stranger who runs a small design studio asks for a 20-minute call about pricing and offers to pay for the time.",
  "ask_call first_contact",
  {"a": P("Priya Natarajan", tw="priya_makes")},
  [dm(T, "a", [
      ("a", "-1d 16:42", "Hi Sam! I've been reading your pricing threads for months. We're a 4-person design studio about to move from hourly to project pricing and honestly I'm a bit terrified. Would you have 20 minutes for a call next week? Happy to pay for your time."),
  ], focus=True)]),

S("tw-0002", True, "Someone answers Sam's thread on retainers asking for 15 minutes next week, Sam says DMs are open and they follow up.",
  "ask_call first_contact reciprocity fast_reply",
  {"a": P("Marcus Oyelaran", tw="marcus_oy")},
  [th(T, [
      (ME, "-3d 09:10", "Retainers aren't a pricing model, they're a promise about availability. Price the promise, not the hours. A short thread on how I set mine up 🧵"),
      ("a", "+2h", "this is exactly the mess we're in right now. two clients on 'unlimited' retainers and we're drowning. got 15 min next week? would love to talk it through"),
      (ME, "+20m", "Sure, happy to. DMs are open, send me a couple of times that work for you."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-3d 12:05", "Hey Sam, Marcus from the retainer thread. Tue 4pm or Thu 10am UK time? Either is fine."),
  ])]),

S("tw-0003", True, "A stranger asks, with typos, to hop on a call tomorrow about a client situation.",
  "ask_call first_contact typo",
  {"a": P("Kev Doherty", tw="kevdoh")},
  [dm(T, "a", [
      ("a", "-0d 00:37", "hey sam cna we hop on a cal tmrw? have a client situation i could really use ur take on. theyre asking for a discount after we delivered 😬"),
  ], focus=True)]),

S("tw-0004", True, "An agency ops lead asks if they can jump on Zoom this week after Sam's post on retainers.",
  "ask_call first_contact",
  {"a": P("Harriet Vance", tw="harrietvance_ops")},
  [dm(T, "a", [
      ("a", "-2d 10:03", "Hi Sam, I run ops at a 12-person agency and your post about retainers hit a nerve. Could we jump on Zoom sometime this week? I have a proposal due Friday and I'd value a sanity check."),
      (ME, "+4h", "Hi Harriet, glad it was useful. What's the proposal about, roughly?"),
      ("a", "+25m", "A year-long support retainer for a healthcare client. They want a fixed monthly fee but the scope is… vibes. I can share the draft before we talk."),
  ], focus=True)]),

S("tw-0005", True, "A team lead asks what Sam would charge for a half-day remote pricing workshop for eight people.",
  "ask_rates first_contact",
  {"a": P("Noor Haddad", tw="noorhaddad")},
  [dm(T, "a", [
      ("a", "-2d 14:20", "Hello! What would you charge for a half-day pricing workshop for our team? 8 people, fully remote, ideally sometime next month. We're a B2B SaaS in the HR space."),
  ], focus=True)]),

S("tw-0006", True, "A reply to Sam's post asks publicly whether Sam does paid one-to-one sessions and at what rate.",
  "ask_rates first_contact",
  {"a": P("Jonah Whitcombe", tw="jwhitcombe")},
  [th(T, [
      (ME, "-2d 08:30", "Most freelancers don't have a pricing problem, they have a positioning problem that shows up as a pricing problem."),
      ("a", "+1h", "Do you do 1:1 sessions? What's your rate for something like a 2-hour deep dive? I think I'm exactly the positioning problem you describe."),
  ], focus=True)]),

S("tw-0007", True, "A bookkeeper asks Sam to tear apart her new pricing page and then asks for a quick call to walk through the notes.",
  "ask_feedback ask_call first_contact reciprocity",
  {"a": P("Greta Holm", tw="gretaholm_books")},
  [dm(T, "a", [
      ("a", "-4d 19:02", "Hi Sam, I just launched the pricing page for my bookkeeping practice and I'd be so grateful if you'd tear it apart. Brutal honesty welcome."),
      (ME, "+13h", "Happy to take a look. Send the link and I'll jot down notes tonight."),
      ("a", "+6m", "Thank you!! It's holmbooks.example/pricing. The three tiers are the part I'm least sure about."),
      (ME, "+1d 21:15", "Sent you a doc with notes. Short version: your middle tier is doing all the work and the top tier has no reason to exist yet."),
      ("a", "+40m", "Ouch but fair 😅 If you're ever up for a quick call to walk me through the tier stuff I'd owe you one. Even 15 minutes."),
  ], focus=True)]),

S("tw-0008", True, "A freelancer stuck in a mid-project renegotiation asks for help and offers to book a paid hour.",
  "ask_help first_contact",
  {"a": P("Tobias Renner", tw="tobi_builds")},
  [dm(T, "a", [
      ("a", "-1d 11:48", "Hi Sam. I'm stuck with a client who wants to renegotiate the fee halfway through a project because 'priorities changed'. Any chance you could help me think it through? Not looking for free consulting, I'm happy to book a paid hour."),
  ], focus=True)]),

S("tw-0009", True, "Someone travelling to Sam's city for a conference asks if they can buy Sam a coffee.",
  "ask_meeting first_contact",
  {"a": P("Ilse Vandermeer", tw="ilsevdm")},
  [th(T, [
      ("a", "-1d 17:30", "Heading to Lisbon for the product conference next week. @samrivera_io any chance I could buy you a coffee while I'm there? Your newsletter basically got me through my first year freelancing."),
      (ME, "+2h", "Ha, that's kind. I'm around Wednesday and Thursday, send me a DM."),
  ], focus=True)]),

S("tw-0010", True, "A would-be consultant asks politely to pick Sam's brain about going independent.",
  "ask_chat first_contact",
  {"a": P("Devika Rao", tw="devikarao_")},
  [dm(T, "a", [
      ("a", "-3d 07:55", "Hi Sam, mind if I pick your brain for a few minutes about going independent? I'm a product manager thinking about consulting next year. Totally understand if you're slammed."),
  ], focus=True)]),

S("tw-0011", True, "An indirect but real ask: a studio founder would love to hear how Sam approached value pricing and asks if Sam is open to that.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Callum Reid", tw="callumreid_studio")},
  [th(T, [
      (ME, "-5d 10:00", "Two years ago I stopped quoting hours. Revenue went up 40%, client count went down. Not a brag, just a data point."),
      ("a", "+3d 16:12", "I'd love to hear how you approached that switch sometime, especially the first few conversations with existing clients. Are you open to that?"),
  ], focus=True)]),

S("tw-0012", True, "A workshop facilitator says that if Sam had a spare half hour she would love to compare notes, which is a call request without the word call.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Rosalind Achebe", tw="ros_facilitates")},
  [dm(T, "a", [
      ("a", "-2d 13:33", "Not sure if you ever do this, but if you had a spare half hour at some point I'd really like to compare notes on running paid workshops. I do them for nonprofits and keep underpricing them."),
  ], focus=True)]),

# ----------------------------------------------------------------- no keyword, but clearly worth a call
S("tw-0013", True, "A stranger replies twice with thoughtful questions under Sam's thread and Sam answers quickly each time; a real exchange has started.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Anika Brandt", tw="anikabrandt")},
  [th(T, [
      (ME, "-2d 08:05", "If a client says 'that's too expensive', the useful question is: compared to what?"),
      ("a", "+31m", "How do you handle it when 'compared to what' is an in-house hire? We lose a lot of deals to 'we'll just hire a junior'."),
      (ME, "+9m", "I price against the cost of the junior plus the six months it takes them to be useful. Put that number in the proposal, explicitly."),
      ("a", "+7m", "Interesting. Do you show that as a line item or in the narrative? Our clients are procurement-heavy and line items get picked apart."),
      (ME, "+12m", "Narrative, on the first page. Procurement reads the table, the sponsor reads page one."),
      ("a", "+15m", "That's a really useful distinction. We have three proposals out right now that I'd rewrite with this in mind."),
  ], focus=True)]),

S("tw-0014", True, "A new contact describes their consultancy plan in detail over several DMs and asks follow-up questions within minutes of Sam's answers.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Felix Amankwah", tw="felixamank")},
  [dm(T, "a", [
      ("a", "-3d 18:20", "Hi Sam, I'm leaving my job at a logistics company in April to consult on warehouse software rollouts. Your newsletter is the reason I'm not terrified. Question: did you start with a niche or go broad?"),
      (ME, "+40m", "Congrats on the jump! Niche, and narrower than felt comfortable. Warehouse rollouts is already a good niche, don't widen it."),
      ("a", "+5m", "That's reassuring. Second question: my old employer wants to be my first client. Do I price them like everyone else or give them a friendly rate?"),
      (ME, "+22m", "Full rate, shorter engagement. Friendly rates become the anchor for everyone they refer."),
      ("a", "+8m", "Hm. They'll refer a lot, so that matters. Last one I promise: how did you handle your first contract, template or lawyer?"),
      (ME, "+1h", "Lawyer for the master agreement, template for the statements of work. Worth every cent."),
      ("a", "+3m", "Really appreciate this, Sam. I have a lot more questions than fit in DMs."),
  ], focus=True)],
  as_of="2026-02-10 08:00"),

# ----------------------------------------------------------------- introductions
S("tw-0015", True, "A known contact publicly introduces Sam to someone pricing her first productized service, and the new person replies that she'd love to talk.",
  "introduction first_contact",
  {"k": P("Dana Kowalczyk", tw="danakowal"), "n": P("Lena Marsh", tw="lena_builds")},
  [dm(T, "k", [
      ("k", "-410d 15:00", "Thanks again for the intro to your accountant, she's been great."),
      (ME, "+2h", "Glad it worked out!"),
  ]),
   th(T, [
      ("k", "-1d 10:12", "@samrivera_io meet @lena_builds: she's pricing her first productized service and I told her you're the person to talk to. You two should talk.", {"at": "n"}),
      ("n", "+25m", "Hi Sam! Dana oversells me but yes, I would really love that. I'm launching a fixed-price brand audit and I keep changing the number."),
  ], focus=True)]),

S("tw-0016", True, "A long-time contact opens a group DM introducing Sam to a founder who needs pricing help, and the founder asks when Sam is free.",
  "introduction first_contact ask_call",
  {"k": P("Omar Siddiqui", tw="omarsiddiqui"), "n": P("Tomás Ferreira", tw="tomasferreira_")},
  [dm(T, "k", [
      ("k", "-300d 09:40", "Loved your talk at the meetup, Sam. Let's stay in touch."),
      (ME, "+3h", "Likewise Omar, thanks for organising."),
  ]),
   dm(T, "k n", [
      ("k", "-2d 15:05", "Sam, meet Tomás. He's running a small translation agency and is about to rework all their pricing. I said you'd be the one to talk to. Tomás, Sam is the real deal."),
      ("n", "+18m", "Hi Sam, thanks Omar! Would you have time for a call one of these days? I'm flexible on time zones."),
  ], focus=True)]),

# ----------------------------------------------------------------- re-engagement
S("tw-0017", True, "An old contact silent for over a year comes back with a concrete client project and asks to set up a call.",
  "reengagement ask_call",
  {"a": P("Beatriz Lund", tw="beatrizlund")},
  [dm(T, "a", [
      ("a", "-430d 12:00", "Great chatting at the conference! Let's keep in touch."),
      (ME, "+1d 09:00", "Definitely. Good luck with the new role!"),
      ("a", "-2d 09:31", "Sam! Long time. I've just started my own consultancy and we have a client who needs exactly the pricing audit you described in your newsletter. Could I send you the brief and set up a call?"),
  ], focus=True)]),

S("tw-0018", True, "A former prospect from a workshop that fell through two years ago writes that the budget is finally approved.",
  "reengagement indirect_ask",
  {"a": P("Winston Adeyemi", tw="winadeyemi")},
  [dm(T, "a", [
      ("a", "-720d 14:10", "Sam, unfortunately we have to put the workshop on hold. Budget freeze. I'm sorry, I'll come back when I can."),
      (ME, "+1h", "Totally understand, Winston. The offer stands."),
      ("a", "-3d 08:47", "Hey stranger 👋 Remember the workshop we almost did? The budget just got approved for Q3. Still interested? If yes I'd like to get the scope right this time."),
  ], focus=True)],
  as_of="2025-04-22 07:30"),

# ----------------------------------------------------------------- more explicit asks, phrasing variety
S("tw-0019", True, "A podcast host invites Sam on the show and asks for a quick pre-call to plan the episode.",
  "ask_call first_contact",
  {"a": P("Keisha Barnwell", tw="keishatalks")},
  [dm(T, "a", [
      ("a", "-4d 15:22", "Hi Sam! I host Small Shop Talk, a podcast for people running one-person businesses. Would you come on to talk about pricing? Usually we do a 15-minute pre-call to plan, could we set one up?"),
      (ME, "+20h", "Hi Keisha, I'd be glad to. Send me a couple of slots for the pre-call."),
      ("a", "+2h", "Yay! Monday 5pm or Tuesday noon (London)?"),
  ], focus=True)]),

S("tw-0020", True, "Someone asks in a reply if Sam would be up for a video call to review their agency's proposal template.",
  "ask_call ask_feedback first_contact",
  {"a": P("Reuben Castellano", tw="reubencast")},
  [th(T, [
      (ME, "-1d 09:00", "Your proposal template is probably costing you more than your pricing. Most of them bury the number on page 9."),
      ("a", "+50m", "Guilty. Ours buries it on page 11. Would you be up for a video call to look at it together? I'll pay your going rate, it's cheaper than losing another deal."),
  ], focus=True)]),

S("tw-0021", True, "A writer asks whether Sam has time this week to talk about turning a newsletter into a paid product.",
  "ask_chat first_contact fast_reply reciprocity",
  {"a": P("Maeve Donnelly", tw="maevewrites")},
  [dm(T, "a", [
      ("a", "-1d 20:14", "Hey Sam, do you have any time this week to talk about turning a free newsletter into a paid one? I'm at 4k subscribers and stuck on what to charge."),
      (ME, "+6m", "Hey Maeve, yes. Thursday afternoon works for me."),
      ("a", "+3m", "Perfect. I'll send a calendar invite. What's the best email?"),
  ], focus=True)]),

S("tw-0022", True, "A founder asks whether Sam takes on short advisory engagements and how Sam usually prices them.",
  "ask_rates first_contact",
  {"a": P("Ezra Lindqvist", tw="ezra_lq")},
  [dm(T, "a", [
      ("a", "-6d 11:11", "Hi Sam, do you take on short advisory engagements, say 3 months? We're a seed-stage company with a pricing page that nobody understands, including us. How do you usually price that kind of thing?"),
  ], focus=True)]),

S("tw-0023", True, "A caterer asks for help figuring out event pricing and suggests a phone call because it's easier to explain.",
  "ask_help ask_call first_contact",
  {"a": P("Sunny Okonkwo", tw="sunnyeats")},
  [dm(T, "a", [
      ("a", "-2d 21:40", "Hi! I run a tiny catering business and your thread on minimum orders made me realise I've been doing it all wrong. Could you help me figure out my event pricing? It's easier to explain on the phone if you're ever free, I'm terrible at typing long messages lol"),
  ], focus=True)]),

S("tw-0024", True, "A conference organiser asks Sam to speak and wants to meet to go over the details.",
  "ask_meeting first_contact",
  {"a": P("Lars Hedegaard", tw="larshedegaard")},
  [dm(T, "a", [
      ("a", "-3d 13:00", "Hi Sam, I'm organising Indie Ops Day in Copenhagen this autumn. We'd love you to give a 30-minute talk on pricing. Could we meet online sometime next week to go over the details? Travel and fee covered."),
  ], focus=True)],
  as_of="2025-05-13 08:00"),

S("tw-0025", True, "Two short asks a day apart, with a typo, from someone who clearly wants a conversation about subcontracting.",
  "ask_call first_contact typo",
  {"a": P("Mo Farouk", tw="mofarouk_dev")},
  [dm(T, "a", [
      ("a", "-2d 18:03", "Hey Sam, quick q — do you ever subcontract? I have more pricing work than I can handle"),
      ("a", "+1d 08:10", "sorry, that was vague lol. I mean I'd pay you to take 2 clients off my plate. worth a quick chat? free anytime thurs/fri, can do a phone call or whtever suits"),
  ], focus=True)]),

S("tw-0026", True, "A reader asks to schedule time to discuss a paid review of their SaaS pricing, with specific numbers.",
  "ask_rates ask_call first_contact",
  {"a": P("Hana Kobayashi", tw="hanakoba")},
  [dm(T, "a", [
      ("a", "-1d 07:20", "Hi Sam, we're a 6-person SaaS at €40k MRR and we haven't touched pricing since launch. I'd like to hire someone for a proper review. Can we schedule 30 minutes to discuss scope and your fee?"),
  ], focus=True)]),

# ----------------------------------------------------------------- Spanish, French, German positives
S("tw-0027", True, "A Spanish-speaking consultant asks for twenty minutes next week to talk about how Sam sets prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Lucía Herrero", tw="luciaherrero_")},
  [dm(T, "a", [
      ("a", "-2d 10:15", "¡Hola Sam! Te sigo desde hace tiempo. Estoy montando una consultora pequeña en Valencia y me encantaría hablar contigo unos 20 minutos sobre cómo pones precios a tus proyectos. ¿Tendrías un hueco la semana que viene?"),
  ], focus=True)]),

S("tw-0028", True, "An online academy asks in Spanish how much Sam would charge to review their pricing structure.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Andrés Villalobos", tw="andresvillalobos")},
  [dm(T, "a", [
      ("a", "-1d 17:48", "Buenas tardes Sam. Dirijo una academia online de diseño (unos 900 alumnos) y creo que estamos cobrando fatal. ¿Cuánto cobrarías por revisar nuestra estructura de precios? Si te encaja, lo hablamos por videollamada."),
  ], focus=True)]),

S("tw-0029", True, "A Spanish message full of abbreviations and typos asks to talk by phone tomorrow about a workshop in Madrid.",
  "ask_call first_contact typo non_english lang_es",
  {"a": P("Quique Morales", tw="quiquemorales")},
  [dm(T, "a", [
      ("a", "-0d 01:12", "oye sam, podemos hablar x llamada mñn? tngo una propuesta para un taller en madrid en junio y qeria contarte antes de mandarla"),
  ], focus=True)],
  as_of="2026-03-03 08:00"),

S("tw-0030", True, "A Spanish-speaking founder and Sam trade several quick replies under Sam's tweet; substantive questions, no explicit ask.",
  "first_contact reciprocity many_turns fast_reply non_english lang_es",
  {"a": P("Camila Restrepo", tw="camirestrepo")},
  [th(T, [
      (ME, "-1d 09:20", "Subir precios a clientes antiguos da miedo. Lo que funciona: avisar con 90 días, explicar qué ha cambiado y ofrecer un plan más pequeño para quien no pueda."),
      ("a", "+14m", "¿Y si el cliente antiguo es el 40% de tu facturación? Ahí el miedo es otro 😅"),
      (ME, "+6m", "Ahí empezaría por él, no por el resto. Si dependes de un cliente, la subida es también una conversación sobre el futuro de la relación."),
      ("a", "+9m", "Tiene sentido. ¿Lo harías en persona o por escrito? Es un cliente muy de reuniones."),
      (ME, "+11m", "En persona, y con el número ya decidido antes de entrar."),
      ("a", "+4m", "Me lo apunto. Me has dado mucho en qué pensar para la reunión del jueves."),
  ], focus=True)]),

S("tw-0031", True, "A French agency owner asks if Sam is available for a 30-minute call next week about moving to fixed fees.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Hélène Marchand", tw="helene_marchand")},
  [dm(T, "a", [
      ("a", "-3d 09:02", "Bonjour Sam, j'ai lu votre fil sur les forfaits. Nous hésitons à passer au forfait pour notre agence à Lyon (7 personnes). Seriez-vous disponible pour un appel de 30 minutes la semaine prochaine ? Bien entendu, je rémunère le temps passé."),
  ], focus=True)]),

S("tw-0032", True, "A French reader visiting Lisbon asks Sam out for a coffee and Sam answers warmly.",
  "ask_meeting first_contact reciprocity non_english lang_fr",
  {"a": P("Bastien Roux", tw="bastienroux")},
  [dm(T, "a", [
      ("a", "-2d 18:30", "Salut Sam ! Je passe à Lisbonne fin du mois pour le boulot. Ça te dirait qu'on prenne un café ? J'ai lancé mon activité de freelance il y a six mois grâce (en partie) à ta newsletter."),
      (ME, "+3h", "Avec plaisir Bastien ! Dis-moi tes dates."),
      ("a", "+12m", "Du 24 au 27. Le 25 au matin, ça irait ?"),
  ], focus=True)],
  as_of="2025-09-09 08:00"),

S("tw-0033", True, "In French, someone asks Sam to look at her pricing page and says she'd gladly take 15 minutes to discuss it.",
  "ask_feedback ask_chat first_contact non_english lang_fr",
  {"a": P("Margaux Lefèvre", tw="margauxlfv")},
  [th(T, [
      (ME, "-2d 12:00", "Une page de tarifs, c'est une page de vente. Si elle ne répond pas à « pour qui ? », elle ne vend rien."),
      ("a", "+2h", "Aïe, la mienne ne répond à rien du tout 🙈 Est-ce que tu accepterais d'y jeter un œil ? Et si tu as 15 min pour en discuter, je suis preneuse."),
  ], focus=True)]),

S("tw-0034", True, "A French freelancer asks indirectly, and politely, whether Sam would be up for talking about how Sam went independent.",
  "ask_chat indirect_ask first_contact non_english lang_fr",
  {"a": P("Yannick Besson", tw="ybesson")},
  [dm(T, "a", [
      ("a", "-4d 21:05", "Bonsoir Sam. J'aimerais beaucoup savoir un jour comment tu as géré tes premiers mois en indépendant, surtout la partie prospection. Est-ce que ça te dirait d'en parler, quand tu auras un moment ?"),
  ], focus=True)]),

S("tw-0035", True, "A German translation agency owner asks for a short phone call about pricing.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Katrin Vogel", tw="katrinvogel_")},
  [dm(T, "a", [
      ("a", "-1d 08:44", "Hallo Sam, ich leite ein kleines Übersetzungsbüro in Leipzig und würde mich gern mit dir über Preisgestaltung austauschen. Hättest du nächste Woche Zeit für ein kurzes Telefonat?"),
  ], focus=True)]),

S("tw-0036", True, "A German team asks what Sam would charge for a half-day workshop on pricing models.",
  "ask_rates first_contact non_english lang_de",
  {"a": P("Jannik Albers", tw="jannikalbers")},
  [th(T, [
      (ME, "-3d 15:30", "Workshop-Idee für Teams: jede Person schreibt den Preis auf, den sie für das eigene Angebot für fair hält. Dann vergleicht ihr. Die Streuung ist das eigentliche Problem."),
      ("a", "+1d 09:12", "Das klingt nach genau dem, was wir brauchen. Was würdest du für einen halbtägigen Workshop zu Preismodellen verlangen? Wir sind 6 Leute, gern remote."),
  ], focus=True)]),

S("tw-0037", True, "A German message with typos asks whether they can quickly talk on the phone tomorrow about a client project.",
  "ask_call first_contact typo non_english lang_de",
  {"a": P("Stefan Brückner", tw="stefanbrueck")},
  [dm(T, "a", [
      ("a", "-0d 05:03", "moin sam, könen wir morgn kurz telefoniern? hab ne frage zu nem kundenprojekt, geht um nachverhandlung. 10 min reichen"),
  ], focus=True)]),

S("tw-0038", True, "A known German contact introduces Sam to a founder in a group DM and the founder asks to talk.",
  "introduction first_contact non_english lang_de",
  {"k": P("Miriam Scholz", tw="miriamscholz"), "n": P("Henrik Lorenz", tw="henriklorenz")},
  [dm(T, "k", [
      ("k", "-500d 11:00", "Danke nochmal für den Vortrag, Sam, war super!"),
      (ME, "+5h", "Danke dir, Miriam!"),
  ]),
   dm(T, "k n", [
      ("k", "-1d 14:20", "Sam, darf ich vorstellen: Henrik, Gründer einer kleinen Softwarefirma in Hamburg. Er überlegt gerade, von Lizenzen auf Abos umzustellen. Ihr solltet unbedingt mal sprechen!"),
      ("n", "+35m", "Hallo Sam, danke Miriam! Ich würde mich sehr über einen Austausch freuen, wann passt es dir?"),
  ], focus=True)]),

# ----------------------------------------------------------------- cross-platform positives
S("tw-0039", True, "Someone replies under Sam's tweet and two days later sends a LinkedIn invitation with a note asking to talk about a project.",
  "cross_platform first_contact ask_chat",
  {"a": P("Rafael Mendonça", tw="rafamendonca", li=True)},
  [th(T, [
      (ME, "-4d 08:00", "Hot take: discounts are a tax on clients who negotiate, paid by the ones who don't."),
      ("a", "+3h", "This is why we stopped discounting last year. Best decision we made. Still figuring out how to say no gracefully though."),
  ], focus=True),
   net("a", [
      ("a", "-2d 10:30", "Hi Sam, Rafael from Twitter (the discounts thread). We're planning a pricing overhaul at our agency and I'd like to talk about working together. Open to a chat?"),
  ], focus=True)]),

S("tw-0040", True, "The same person writes to Sam on Twitter and on LinkedIn within three days, the second time asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Ingrid Solberg", tw="ingridsolberg", li=True)},
  [dm(T, "a", [
      ("a", "-5d 19:00", "Hi Sam, loved your piece on minimum engagements. We're a two-person UX research shop and keep getting tiny projects that eat our week. Would love your perspective."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:15", "Hi Sam, I also wrote on Twitter, not sure you saw it. We're rethinking our minimum engagement and I'd really value a 30-minute call with you. Would next week work?"),
  ], focus=True)]),

S("tw-0041", True, "A stranger comments on Sam's tweet and then messages Sam on Facebook the same week with a concrete pricing question and a call request.",
  "cross_platform first_contact ask_call",
  {"a": P("Dolores Quintero", tw="doloresq")},
  [th(T, [
      (ME, "-6d 11:00", "Bakeries, florists, print shops: your minimum order is a pricing decision, not a logistics one."),
      ("a", "+5h", "Florist here. This landed. We've had the same minimum since 2019."),
  ], focus=True),
   dm(F, "a", [
      ("a", "-3d 20:40", "Hi Sam, I'm the florist from Twitter 🌷 Found you here through a friend. Could I call you sometime this week? I'd like to raise our wedding minimums and I'm scared of losing bookings."),
  ], focus=True)]),

S("tw-0042", True, "An old colleague re-appears on Twitter and LinkedIn in the same week after two years of silence with a proposal to co-teach a course.",
  "cross_platform reengagement",
  {"a": P("Gideon Achterberg", tw="gideon_a", li=True)},
  [dm(L, "a", [
      ("a", "-760d 10:00", "Thanks for the recommendation, Sam. Means a lot."),
  ]),
   dm(T, "a", [
      ("a", "-4d 16:45", "Sam! It's been ages. I'm putting together a cohort course on consulting ops and I think you'd be the perfect co-teacher for the pricing module."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:00", "Also dropping this here in case Twitter DMs get buried: co-teaching a pricing module, 4 sessions, paid. I'd love to walk you through the plan."),
  ], focus=True)]),

S("tw-0043", True, "A reader replies on Twitter and then sends a detailed LinkedIn message describing a paid engagement, without ever saying call.",
  "cross_platform first_contact indirect_ask",
  {"a": P("Yusuf Demir", tw="yusufdemir_", li=True)},
  [th(T, [
      (ME, "-3d 14:00", "The best pricing research I've ever done was 12 phone calls with churned customers."),
      ("a", "+1h", "We have 60 churned customers and zero calls done. Sounds like a project."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 08:20", "Hi Sam, Yusuf here (we talked about churned customers on Twitter). Seriously considering hiring someone to run those interviews for us, 10 to 15 of them, plus a readout. Is that the kind of thing you'd take on?"),
  ], focus=True)]),

# ----------------------------------------------------------------- harder positives
S("tw-0044", True, "A stranger asks a specific question, Sam answers, and they come back with a real business scenario and a question about working together.",
  "first_contact reciprocity indirect_ask",
  {"a": P("Thea Blackwood", tw="theablackwood")},
  [dm(T, "a", [
      ("a", "-5d 12:30", "Quick question from a lurker: do you ever price per outcome rather than per project?"),
      (ME, "+3h", "Sometimes, when the client can measure the outcome and I can influence it. Rare combination."),
      ("a", "-1d 19:10", "That's us, I think. We run paid acquisition for dentists and can measure booked appointments to the euro. I'd like to design an outcome-based offer and I'd rather not do it alone. Would you consider advising on it?"),
  ], focus=True)]),

S("tw-0045", True, "After Sam posted about taking on two advisory clients, a founder replies 'interested, can we talk?' and follows with a DM.",
  "ask_chat first_contact",
  {"a": P("Arjun Mehta", tw="arjunmehta_co")},
  [th(T, [
      (ME, "-1d 09:00", "I have room for two advisory clients from next month. Small B2B companies, pricing and packaging. Replies or DMs open."),
      ("a", "+8m", "Interested. Can we talk?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 09:15", "Hi Sam, Arjun, founder of a 9-person analytics company. Our packaging is a mess and I've been meaning to fix it for a year. When would suit you?"),
  ])]),

S("tw-0046", True, "A public reply in lowercase with no punctuation asks for a zoom next week; informal but a clear ask.",
  "ask_call first_contact typo",
  {"a": P("Zac Pemberton", tw="zacpemb")},
  [th(T, [
      (ME, "-2d 16:00", "If your proposal has three options, the middle one is the one you're actually selling. Design it first."),
      ("a", "+40m", "ok this broke my brain a little. ive been designing the cheap one first for 5 years. zoom next wk? i want to show u our proposals"),
  ], focus=True)]),

S("tw-0047", True, "A client Sam worked with once returns after eight months wanting a follow-up engagement and asks for time next week.",
  "reengagement ask_meeting",
  {"a": P("Clara Ostrowski", tw="claraostrowski")},
  [dm(T, "a", [
      ("a", "-250d 10:00", "Thanks Sam, the workshop was great. The team is still talking about the anchoring exercise."),
      (ME, "+2h", "Thank you Clara, it was a fun group. Good luck with the rollout!"),
      ("a", "-3d 14:25", "Hi Sam! The new pricing went live in spring and it's working, but now sales wants a second round for the enterprise tier. Could we find an hour next week to talk about a follow-up engagement?"),
  ], focus=True)],
  as_of="2025-07-15 08:00"),

S("tw-0048", True, "Someone asks in a reply to Sam's tweet whether Sam would mentor them, giving context about their business.",
  "ask_help first_contact",
  {"a": P("Nadia Karimi", tw="nadiakarimi")},
  [th(T, [
      (ME, "-3d 10:30", "The first year of consulting is mostly learning which clients to say no to. Nobody tells you that it's the main skill."),
      ("a", "+6h", "I'm 4 months in and saying yes to everything. Would you ever consider mentoring someone like me? Paid, of course. I'm an accessibility consultant working with public-sector clients."),
  ], focus=True)]),

# ----------------------------------------------------------------- mass mentions
S("tw-0049", False, "Sam is one of fourteen accounts tagged in a 'voices to follow' list; nobody is talking to Sam.",
  "mass_mention",
  dict(crowd(13, 1), a=P("Brandon Yeo", tw="brandonyeo_growth")),
  [th(T, [
      ("a", "-1d 13:00", "Top freelancing voices you NEED to follow this year 🧵👇 Bookmark this, you'll thank me later.", {"at": ats(13)}),
  ], focus=True)]),

S("tw-0050", False, "A virtual summit tags a dozen creators, Sam included, to promote its free ticket and 'the kickoff call on Friday'.",
  "mass_mention promotional keyword_trap",
  dict(crowd(12, 2), a=P("Freelance Growth Summit", tw="fgsummit")),
  [th(T, [
      ("a", "-2d 16:00", "🚨 These legends are on our FREE summit lineup! Grab your seat and join the kickoff call on Friday 👉 fgsummit.example/free", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0051", False, "A 'GM builders' tweet tags eleven accounts including Sam; a greeting to a crowd, not a conversation.",
  "mass_mention",
  dict(crowd(11, 3), a=P("Kofi Mensah", tw="kofi_ships")),
  [th(T, [
      ("a", "-0d 05:40", "GM to my favorite builders ☀️ let's make today count", {"at": ats(11)}),
  ], focus=True)]),

S("tw-0052", False, "A crypto giveaway tags fifteen accounts including Sam and links to a wallet-connect page.",
  "mass_mention spam",
  dict(crowd(15, 4), a=P("Moon Drop Official", tw="moondrop_0fficial")),
  [th(T, [
      ("a", "-1d 03:12", "🎁 Congrats! You have been selected for the $MOON airdrop. Claim within 24h before it expires: moondrop-claim.example", {"at": ats(15)}),
  ], focus=True)]),

S("tw-0053", False, "A Spanish 'happy Friday' tweet tags twelve people including Sam; nothing to answer.",
  "mass_mention non_english lang_es",
  dict(crowd(12, 5), a=P("Marta Ibáñez", tw="martaibanez_")),
  [th(T, [
      ("a", "-2d 08:15", "¡Feliz viernes, equipo! Gracias por inspirarme cada semana 💛", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0054", False, "A German list of 'the best accounts about self-employment' tags Sam among a dozen others.",
  "mass_mention non_english lang_de",
  dict(crowd(12, 6), a=P("Florian Weiß", tw="florianweiss_")),
  [th(T, [
      ("a", "-3d 18:30", "Die besten Accounts zum Thema Selbstständigkeit, denen ihr folgen solltet 👇 Wen habe ich vergessen?", {"at": ats(12)}),
  ], focus=True)]),

# ----------------------------------------------------------------- thanks only
S("tw-0055", False, "Sam answered a question with a link and the person replied with a one-word thanks.",
  "thanks_only first_contact",
  {"a": P("Pippa Langford", tw="pippalangford")},
  [th(T, [
      ("a", "-2d 10:00", "does anyone have a good template for a change request form? @samrivera_io maybe?"),
      (ME, "+30m", "This is the one I use, adapt freely: samrivera.example/change-request"),
      ("a", "+10m", "thanks!"),
  ], focus=True)]),

S("tw-0056", False, "A reply to Sam's thread that only says thank you with a prayer-hands emoji.",
  "thanks_only",
  {"a": P("Duncan Frye", tw="duncanfrye")},
  [th(T, [
      (ME, "-1d 09:00", "Free resource: my proposal checklist, 22 items, no email required. samrivera.example/checklist"),
      ("a", "+2h", "Thank you so much 🙏"),
  ], focus=True)]),

S("tw-0057", False, "A Spanish one-line thanks after Sam shared a template.",
  "thanks_only non_english lang_es",
  {"a": P("Rocío Paredes", tw="rociopa")},
  [th(T, [
      (ME, "-2d 11:00", "He traducido mi plantilla de propuestas al español. Gratis, sin registro: samrivera.example/propuesta"),
      ("a", "+1h", "¡Muchísimas gracias!"),
  ], focus=True)]),

S("tw-0058", False, "A French one-line thanks in a DM after Sam sent a link.",
  "thanks_only non_english lang_fr",
  {"a": P("Aurélien Giraud", tw="aureliengiraud")},
  [dm(T, "a", [
      ("a", "-3d 14:00", "Bonjour, vous auriez le lien vers votre checklist ?"),
      (ME, "+1h", "Bien sûr : samrivera.example/checklist"),
      ("a", "+5m", "Merci beaucoup !"),
  ], focus=True)]),

S("tw-0059", False, "A German 'thanks' reply to a tip from Sam; nothing further.",
  "thanks_only non_english lang_de",
  {"a": P("Lukas Hoffmann", tw="lukashoffm")},
  [th(T, [
      ("a", "-1d 15:00", "Welches Tool nutzt ihr für Angebote? @samrivera_io"),
      (ME, "+40m", "Ehrlich gesagt: ein gutes Google-Doc-Template. Tools lösen das Problem selten."),
      ("a", "+3m", "Danke dir!"),
  ], focus=True)]),

# ----------------------------------------------------------------- emoji only
S("tw-0060", False, "A reply to Sam's tweet consisting only of fire emojis.",
  "emoji_only",
  {"a": P("Jace Holloway", tw="jaceholloway")},
  [th(T, [
      (ME, "-1d 08:00", "Raise your prices before you feel ready. You will never feel ready."),
      ("a", "+15m", "🔥🔥🔥"),
  ], focus=True)]),

S("tw-0061", False, "Two clapping emojis in reply to Sam's announcement.",
  "emoji_only",
  {"a": P("Mina Sato", tw="minasato")},
  [th(T, [
      (ME, "-2d 17:00", "Newsletter issue 150 is out. Thank you for reading, all 11,000 of you."),
      ("a", "+1h", "👏👏"),
  ], focus=True)]),

S("tw-0062", False, "A DM containing only a 100 emoji, from someone Sam never spoke with.",
  "emoji_only first_contact",
  {"a": P("Rico Santangelo", tw="ricosant")},
  [dm(T, "a", [
      ("a", "-1d 22:10", "💯"),
  ], focus=True)]),

S("tw-0063", False, "A known contact reacts to Sam's tweet with raised hands only.",
  "emoji_only",
  {"a": P("Tess Gallagher", tw="tessgallagher")},
  [dm(T, "a", [
      ("a", "-200d 12:00", "See you at the meetup!"),
  ]),
   th(T, [
      (ME, "-2d 12:00", "Finished the first draft of the book. 61,000 words about pricing. Send snacks."),
      ("a", "+20m", "🙌🙌"),
  ], focus=True)]),

# ----------------------------------------------------------------- automated senders
S("tw-0064", False, "An auto-DM sent right after Sam followed someone, pushing a free guide.",
  "automated promotional",
  {"a": P("Chase Growth", tw="chasegrowthhq")},
  [dm(T, "a", [
      ("a", "-1d 07:02", "Thanks for following! 🎁 Grab my FREE guide: 27 ways to 10x your engagement. Reply YES and I'll send it over 👇"),
  ], focus=True)]),

S("tw-0065", False, "A bot tells Sam that Sam's thread is 'trending' and links to its own site.",
  "automated",
  {"a": P("Thread Trends Bot", tw="threadtrendsbot")},
  [th(T, [
      (ME, "-2d 09:00", "A thread on how I write statements of work so scope creep has nowhere to hide 🧵"),
      ("a", "+2h", "Your thread is trending in #Freelance 📈 See the leaderboard: threadtrends.example/freelance"),
  ], focus=True)]),

S("tw-0066", False, "A social-listening tool's account sends Sam a weekly mention digest by DM.",
  "automated",
  {"a": P("Mentionly", tw="mentionlyapp")},
  [dm(T, "a", [
      ("a", "-14d 06:00", "Your weekly Mentionly digest: 38 mentions, 4 new followers, top tweet: 'Raise your prices…'. Full report: mentionly.example/r/8841"),
      ("a", "-7d 06:00", "Your weekly Mentionly digest: 51 mentions, 9 new followers, top tweet: 'Retainers aren't a pricing model…'. Full report: mentionly.example/r/9102"),
      ("a", "-0d 05:00", "Your weekly Mentionly digest: 29 mentions, 2 new followers, top tweet: 'Discounts are a tax…'. Full report: mentionly.example/r/9377"),
  ], focus=True)]),

S("tw-0067", False, "An automated welcome DM offers to help 'book more discovery calls' with a calendar link; the word call is part of a pitch.",
  "automated promotional keyword_trap",
  {"a": P("Bree Calloway", tw="breebookscalls")},
  [dm(T, "a", [
      ("a", "-0d 04:31", "Hey Sam, thanks for connecting! I help coaches and consultants book more discovery calls without cold outreach. If that's something you want, grab a slot here: calendar.example/bree/15min"),
  ], focus=True)]),

S("tw-0068", False, "A French automated thank-you-for-following DM pushing a white paper.",
  "automated promotional non_english lang_fr",
  {"a": P("Agence Pixelvent", tw="pixelvent_fr")},
  [dm(T, "a", [
      ("a", "-2d 09:00", "Merci pour le follow ! 🙌 Téléchargez gratuitement notre livre blanc « 10 leviers pour doubler vos leads » : pixelvent.example/livre-blanc"),
  ], focus=True)]),

# ----------------------------------------------------------------- promotional pitches
S("tw-0069", False, "A lead-generation agency flatters Sam's content and pitches a 15-minute call to sell its service.",
  "promotional first_contact keyword_trap",
  {"a": P("Dylan Marsh", tw="dylan_scales")},
  [dm(T, "a", [
      ("a", "-1d 14:12", "Hey Sam! Loved your content 🔥 We help consultants book 10-15 qualified sales calls per month on autopilot. Open to a quick 15-min call to see if it's a fit?"),
  ], focus=True)]),

S("tw-0070", False, "A marketing agency replies to Sam's tweet inviting readers to book a free 30-minute strategy call.",
  "promotional keyword_trap",
  {"a": P("ScaleForge Agency", tw="scaleforge_io")},
  [th(T, [
      (ME, "-1d 10:00", "Underpricing is the most expensive habit in small business."),
      ("a", "+4m", "100% agree! If you're ready to fix your pricing AND your funnel, book a free 30-minute strategy call with our team 👉 scaleforge.example/call"),
  ], focus=True)]),

S("tw-0071", False, "A ghostwriting agency pitches Sam a package by DM and follows up when ignored.",
  "promotional first_contact",
  {"a": P("Quill & Co", tw="quillandco_ghost")},
  [dm(T, "a", [
      ("a", "-6d 11:00", "Hi Sam, your threads are great but you're leaving followers on the table. Our ghostwriters can post 2x daily in your voice. Packages from $990/mo."),
      ("a", "+3d", "Just bumping this up in case you missed it 🙂 Happy to send samples!"),
  ], focus=True)]),

S("tw-0072", False, "A Spanish sales pitch invites Sam to schedule a free 30-minute call to 'double sales'.",
  "promotional keyword_trap non_english lang_es",
  {"a": P("Impulsa Ventas", tw="impulsaventas")},
  [dm(T, "a", [
      ("a", "-2d 12:30", "¡Hola Sam! 👋 Agenda una llamada gratuita de 30 minutos con nuestro equipo y descubre cómo duplicar tus ventas en 90 días. Plazas limitadas: impulsa.example/llamada"),
  ], focus=True)]),

S("tw-0073", False, "A German agency offers a free initial consultation to automate Sam's lead generation.",
  "promotional keyword_trap non_english lang_de",
  {"a": P("LeadMotor GmbH", tw="leadmotor_de")},
  [dm(T, "a", [
      ("a", "-3d 10:10", "Hallo Sam, Lust auf ein kostenloses Erstgespräch? Wir automatisieren deine Leadgenerierung, damit du dich auf deine Kunden konzentrieren kannst. Termin direkt buchen: leadmotor.example/termin"),
  ], focus=True)]),

S("tw-0074", False, "An account selling follower packages replies to Sam's tweet.",
  "promotional spam",
  {"a": P("Grow Fast Media", tw="growfast_media7")},
  [th(T, [
      (ME, "-2d 18:00", "Small audiences that trust you beat big audiences that don't."),
      ("a", "+1m", "Want to grow your account to 10k REAL followers? Packages from $49 📈 DM us!"),
  ], focus=True)]),

# ----------------------------------------------------------------- spam and scams
S("tw-0075", False, "A crypto 'investment friend' DM, an obvious scam.",
  "spam first_contact",
  {"a": P("Amanda Lee", tw="amanda_lee8830")},
  [dm(T, "a", [
      ("a", "-1d 02:14", "Hello dear friend, I made 300% profit last month with this trading platform, my mentor can teach you too. Are you interested?"),
  ], focus=True)]),

S("tw-0076", False, "A phishing DM claiming Sam's account has been flagged and must be appealed through a link.",
  "spam automated",
  {"a": P("Copyright Support Team", tw="xsupport_copyrlght")},
  [dm(T, "a", [
      ("a", "-0d 03:03", "Your account has been flagged for copyright violation. To avoid suspension, submit an appeal within 24 hours: x-appeal-center.example/verify"),
  ], focus=True)]),

S("tw-0077", False, "A 'hello dear, how are you' romance-scam opener with a follow-up.",
  "spam first_contact",
  {"a": P("Sophia Williams", tw="sophiaw_1994x")},
  [dm(T, "a", [
      ("a", "-3d 23:40", "Hello dear, how are you today? I saw your profile and you look like a kind person. I want us to be friends"),
      ("a", "+1d 22:15", "Why you don't reply me? 😔"),
  ], focus=True)]),

S("tw-0078", False, "A vague 'business proposal, contact me on Telegram' message.",
  "spam first_contact",
  {"a": P("Mr. Daniel Okoro", tw="danielokoro_intl")},
  [dm(T, "a", [
      ("a", "-2d 04:50", "Good day. I have a very important business proposal for you. Kindly contact me on telegram @dokoro_offshore for details."),
  ], focus=True)]),

# ----------------------------------------------------------------- hostility
S("tw-0079", False, "A hostile reply mocking Sam's pricing advice.",
  "hostile",
  {"a": P("Vince Harlow", tw="vinceharlow")},
  [th(T, [
      (ME, "-1d 08:30", "Charge for the thinking, not just the doing."),
      ("a", "+22m", "pricing advice from someone who's never run a real business lol. go get a job"),
  ], focus=True)]),

S("tw-0080", False, "A troll says 'call yourself a consultant?'; the word call is in an insult.",
  "hostile keyword_trap",
  {"a": P("Trent Boyle", tw="trentboyle_")},
  [th(T, [
      (ME, "-2d 14:00", "My rule: no proposal without a call first. The call is where the real scope shows up."),
      ("a", "+3h", "you call yourself a consultant? this is embarrassing. anyone can 'have a call'"),
  ], focus=True)]),

S("tw-0081", False, "Someone says Sam should be 'called out' and announces they are unfollowing; hostile, not an ask.",
  "hostile keyword_trap typo",
  {"a": P("Ned Barrow", tw="nedbarrow")},
  [th(T, [
      (ME, "-3d 12:00", "I doubled my day rate this year and lost one client out of eleven."),
      ("a", "+1h", "someone shoud call u out for this grfit. unfolowing"),
      (ME, "+2h", "Fair enough, Ned. Take care."),
  ], focus=True)]),

S("tw-0082", False, "A Spanish reply calls Sam a fraud; hostile.",
  "hostile non_english lang_es",
  {"a": P("Jorge Castaño", tw="jorgecastano_")},
  [th(T, [
      (ME, "-1d 19:00", "Subir precios no es avaricia, es sostenibilidad."),
      ("a", "+30m", "Otro vendehumos más. Cobrar más no es una estrategia, es un timo."),
  ], focus=True)]),

S("tw-0083", False, "A German hostile reply tells Sam to 'call a real entrepreneur' before writing; the verb call is sarcastic.",
  "hostile keyword_trap non_english lang_de",
  {"a": P("Dieter Kramer", tw="dieterkramer")},
  [th(T, [
      (ME, "-2d 09:45", "Wer nach Stunden abrechnet, wird für Langsamkeit bezahlt."),
      ("a", "+50m", "Was für ein Unsinn. Ruf mal einen echten Unternehmer an, bevor du so was schreibst."),
  ], focus=True)]),

S("tw-0084", False, "A French troll tells Sam to call back once Sam has had a real job; sarcasm, not an ask.",
  "hostile keyword_trap non_english lang_fr",
  {"a": P("Gilles Perrot", tw="gillesperrot")},
  [th(T, [
      (ME, "-1d 11:00", "Le devis, c'est déjà du conseil. Faites-le payer quand il demande plus de deux heures."),
      ("a", "+2h", "Encore un gourou du pricing. Appelle-moi quand tu auras eu un vrai boulot."),
  ], focus=True)]),

# ----------------------------------------------------------------- keyword traps
S("tw-0085", False, "A joke reply that 'this meeting could have been an email'; a meeting keyword but no ask.",
  "keyword_trap",
  {"a": P("Owen Pritchard", tw="owenpritchard")},
  [th(T, [
      (ME, "-1d 15:30", "Spent 90 minutes in a kickoff where the only decision was the date of the next kickoff."),
      ("a", "+5m", "this meeting could have been an email lol"),
  ], focus=True)]),

S("tw-0086", False, "Someone answers Sam's question about work hours saying they 'call it a day' at five; small talk with a keyword.",
  "keyword_trap small_talk",
  {"a": P("Fiona Ashdown", tw="fionaashdown")},
  [th(T, [
      (ME, "-2d 17:00", "Solo folks: when do you stop working? Honest answers only."),
      ("a", "+12m", "5pm sharp. then I call it a day and walk the dog, no matter what's on fire"),
      (ME, "+20m", "The dog is the real boss here."),
  ], focus=True)]),

S("tw-0087", False, "A reply that mentions 'chat GPT' agreeing with Sam; a chat keyword, no ask.",
  "keyword_trap",
  {"a": P("Gus Whitaker", tw="guswhitaker")},
  [th(T, [
      (ME, "-1d 10:10", "The easiest price increase: a new client gets the new price. Existing clients get 90 days' notice."),
      ("a", "+40m", "lol I asked chat GPT the same question yesterday and it said basically this"),
  ], focus=True)]),

S("tw-0088", False, "A tweet 'calling it now' about the future of pricing mentions Sam; a prediction, not a call request.",
  "keyword_trap",
  {"a": P("Imogen Strand", tw="imogenstrand")},
  [th(T, [
      ("a", "-1d 12:00", "Calling it now: value pricing will be the default for agencies within five years. @samrivera_io has been saying this forever."),
  ], focus=True)]),

S("tw-0089", False, "A friend tells Sam to 'meet' the new office dog; the meet-someone pattern without a person to meet.",
  "keyword_trap small_talk reengagement",
  {"a": P("Rhys Caldwell", tw="rhyscaldwell")},
  [dm(T, "a", [
      ("a", "-380d 10:00", "Great panel today, Sam."),
  ]),
   th(T, [
      ("a", "-1d 09:30", "@samrivera_io meet Biscuit, our new intern 🐶 He's already better at saying no to scope creep than I am."),
  ], focus=True)]),

S("tw-0090", False, "A reply complains about a three-hour client call; the word call, no ask of Sam.",
  "keyword_trap",
  {"a": P("Priya Lakhani", tw="priyalakhani")},
  [th(T, [
      (ME, "-3h", "What's the longest meeting you've sat through that had no agenda?"),
      ("a", "+20m", "just got off a 3-hour call with a client. no agenda. no decisions. send help 😂"),
  ], focus=True)]),

S("tw-0091", False, "A follower says 'we should call it the Sam Rivera rule' about Sam's tip; a keyword used as naming.",
  "keyword_trap",
  {"a": P("Elliot Navarro", tw="elliotnavarro")},
  [th(T, [
      (ME, "-3d 08:00", "Never send a price by email without a sentence about what happens if they say no."),
      ("a", "+1h", "we should call this the Sam Rivera rule. adding it to our sales playbook"),
  ], focus=True)]),

S("tw-0092", False, "A Spanish 'call me crazy, but you're right' reply; llamar is idiomatic.",
  "keyword_trap non_english lang_es",
  {"a": P("Pablo Gaitán", tw="pablogaitan")},
  [th(T, [
      (ME, "-2d 10:00", "El cliente que más regatea casi nunca es el que más paga."),
      ("a", "+45m", "Llámame loco, pero creo que tienes toda la razón."),
  ], focus=True)]),

S("tw-0093", False, "A French reply joking that this morning's meeting could have been an email.",
  "keyword_trap non_english lang_fr",
  {"a": P("Chloé Brunet", tw="chloebrunet")},
  [th(T, [
      (ME, "-1d 07:45", "Réunion de lancement de 2 heures pour un projet de 3 jours. Je n'ai rien d'autre à ajouter."),
      ("a", "+30m", "Ma réunion de ce matin aurait pu être un mail, comme d'hab 🙃"),
  ], focus=True)]),

S("tw-0094", False, "A German reply joking that today's meeting could have been an email.",
  "keyword_trap non_english lang_de",
  {"a": P("Tim Wendt", tw="timwendt")},
  [th(T, [
      (ME, "-2d 16:20", "Heute drei Calls, null Entscheidungen. Wie läuft eure Woche?"),
      ("a", "+25m", "Das Meeting heute hätte auch eine Mail sein können 🙃"),
  ], focus=True)]),

# ----------------------------------------------------------------- closed conversations
S("tw-0095", False, "The call already happened; the person thanks Sam for it and Sam wishes them luck.",
  "closed thanks_only",
  {"a": P("Ava Lindgren", tw="avalindgren")},
  [dm(T, "a", [
      ("a", "-6d 10:00", "Hi Sam, could we do a quick call about my retainer pricing? 20 min max."),
      (ME, "+1h", "Sure, Thursday 3pm?"),
      ("a", "+10m", "Perfect, talk then!"),
      ("a", "-1d 18:00", "Thanks for the call yesterday, super helpful! I'll let you know how the client reacts."),
      (ME, "+30m", "Glad it helped, good luck with it!"),
  ], focus=True)]),

S("tw-0096", False, "Someone asked for a call, then withdrew the request because it got sorted.",
  "closed",
  {"a": P("Nico Baptiste", tw="nicobaptiste")},
  [dm(T, "a", [
      ("a", "-3d 09:00", "Hey Sam, any chance of a quick call this week? Client is pushing back on our quote."),
      ("a", "+1d 08:30", "Update: all sorted, they signed at the full price 🎉 no need to talk, thanks anyway!"),
      (ME, "+2h", "Ha, great news. Well done!"),
  ], focus=True)]),

S("tw-0097", False, "A question that the person answers themselves a few minutes later with 'never mind, figured it out'.",
  "closed",
  {"a": P("Sasha Petrenko", tw="sashapetrenko")},
  [dm(T, "a", [
      ("a", "-1d 21:00", "Sam, where in your newsletter archive was the piece about late payment fees?"),
      ("a", "+6m", "never mind, figured it out! issue 112"),
  ], focus=True)]),

S("tw-0098", False, "Sam declined a request for lack of capacity and referred them elsewhere; they said no worries.",
  "closed declined",
  {"a": P("Harper Quinlan", tw="harperquinlan")},
  [dm(T, "a", [
      ("a", "-5d 10:00", "Hi Sam, would you be up for a paid call about our pricing next week?"),
      (ME, "+3h", "Thanks Harper, I'm fully booked until September unfortunately. Two people I trust for this: @linhprices and @oskarconsults."),
      ("a", "+15m", "No worries at all, thanks for the names!"),
  ], focus=True)],
  as_of="2026-04-14 07:30"),

S("tw-0099", False, "A prospect writes that they chose another consultant and thanks Sam for the time.",
  "closed declined",
  {"a": P("Martin Oduya", tw="martinoduya")},
  [dm(T, "a", [
      ("a", "-20d 11:00", "Hi Sam, we'd like a proposal for a pricing review."),
      (ME, "+2h", "Happy to. Sending it tomorrow."),
      (ME, "+1d 10:00", "Proposal attached as promised. Let me know if anything is unclear."),
      ("a", "-2d 09:00", "Hi Sam, thanks for the proposal. We decided to go with another consultant this time. Appreciate your time!"),
  ], focus=True)]),

S("tw-0100", False, "In Spanish, someone thanks Sam for yesterday's call and says they'll report back; the call is done.",
  "closed thanks_only non_english lang_es",
  {"a": P("Elena Sarmiento", tw="elenasarmiento")},
  [dm(T, "a", [
      ("a", "-4d 12:00", "Hola Sam, ¿podríamos hablar 20 minutos esta semana sobre mis tarifas?"),
      (ME, "+2h", "¡Claro! ¿El jueves a las 16h?"),
      ("a", "+5m", "¡Perfecto!"),
      ("a", "-1d 19:00", "Gracias por la llamada de ayer, me aclaró muchísimo. ¡Te cuento cómo va!"),
  ], focus=True)]),

S("tw-0101", False, "In French, a person thanks Sam for Tuesday's call and says they are launching the new price list.",
  "closed thanks_only non_english lang_fr",
  {"a": P("Julien Moreau", tw="julienmoreau_")},
  [dm(T, "a", [
      ("a", "-9d 10:00", "Bonjour Sam, aurais-tu 30 minutes pour parler de ma grille tarifaire ?"),
      (ME, "+3h", "Oui, mardi 11h ?"),
      ("a", "+20m", "Parfait, merci !"),
      ("a", "-2d 17:30", "Merci pour l'appel de mardi ! Tout est clair maintenant, on lance la nouvelle grille lundi."),
  ], focus=True)]),

S("tw-0102", False, "In German, someone thanks Sam for yesterday's conversation and will get in touch if there is news.",
  "closed thanks_only non_english lang_de",
  {"a": P("Anja Krüger", tw="anjakrueger")},
  [dm(T, "a", [
      ("a", "-5d 08:00", "Hallo Sam, hättest du diese Woche Zeit für ein kurzes Gespräch zu meinem Angebot?"),
      (ME, "+2h", "Gern, Mittwoch 14 Uhr?"),
      ("a", "+10m", "Super, bis dann!"),
      ("a", "-1d 16:00", "Danke für das Gespräch gestern! Hat sehr geholfen, ich melde mich, wenn es Neuigkeiten gibt."),
  ], focus=True)]),

# ----------------------------------------------------------------- stale asks
S("tw-0103", False, "An indirect request to compare notes from eight months ago that nobody followed up on.",
  "stale ask_chat indirect_ask",
  {"a": P("Liam Sheridan", tw="liamsheridan")},
  [dm(T, "a", [
      ("a", "-243d 14:00", "Hi Sam, if you ever fancy comparing notes on a pricing project I'm planning, I'd be up for it. No rush at all."),
  ], focus=True)]),

S("tw-0104", False, "Ten months ago someone said to ping them for a call and Sam said 'will do'; nothing since.",
  "stale ask_call",
  {"a": P("Mei Lin Tan", tw="meilintan")},
  [dm(T, "a", [
      ("a", "-305d 09:00", "Would love to have a proper call about your workshop format when you have time, ping me!"),
      (ME, "+4h", "Will do, Mei Lin!"),
  ], focus=True)]),

S("tw-0105", False, "A Spanish request for a video call from six months ago, never answered and never repeated.",
  "stale ask_call non_english lang_es",
  {"a": P("Diego Alarcón", tw="diegoalarcon")},
  [dm(T, "a", [
      ("a", "-185d 18:00", "Hola Sam, ¿te vendría bien una videollamada para hablar de un posible taller en Bogotá?"),
  ], focus=True)]),

S("tw-0106", False, "A known contact introduced someone seven months ago and nobody wrote after the first hello.",
  "stale introduction",
  {"k": P("Paula Esterhazy", tw="paulaesterhazy"), "n": P("Kai Rautenberg", tw="kairautenberg")},
  [dm(T, "k", [
      ("k", "-600d 10:00", "Thanks for the pricing tips, Sam!"),
  ]),
   dm(T, "k n", [
      ("k", "-215d 11:00", "Sam, meet Kai. Kai, meet Sam. You should talk pricing sometime!"),
      ("n", "+2h", "Hi both! Sounds good."),
  ], focus=True)]),

S("tw-0107", False, "A French question about rates from nine months ago that Sam answered; nothing since.",
  "stale ask_rates non_english lang_fr",
  {"a": P("Sandrine Faure", tw="sandrinefaure")},
  [dm(T, "a", [
      ("a", "-270d 10:00", "Bonjour Sam, quel serait votre tarif pour un atelier d'une journée ?"),
      (ME, "+1d 09:00", "Bonjour Sandrine, pour une journée c'est 2 400 €, préparation incluse. Dites-moi si vous voulez en parler."),
  ], focus=True)]),

# ----------------------------------------------------------------- owner only
S("tw-0108", False, "Sam posted a thread and nobody replied.",
  "owner_only",
  {},
  [th(T, [
      (ME, "-1d 09:00", "Five things I put in every statement of work 🧵"),
      (ME, "+2m", "1. What 'done' looks like, in a sentence the client wrote."),
      (ME, "+2m", "2. What is explicitly out of scope. This is the one that saves you."),
  ], focus=True)]),

S("tw-0109", False, "Sam DM'd someone asking for a call and got no reply; there is no conversation yet.",
  "owner_only ask_call keyword_trap",
  {"a": P("Rowan Pike", tw="rowanpike")},
  [dm(T, "a", [
      (ME, "-3d 15:00", "Hi Rowan, loved your talk on service design at the meetup. Would you be up for a call to compare notes sometime?"),
  ], focus=True)]),

S("tw-0110", False, "Sam replied to someone else's tweet and got no answer.",
  "owner_only",
  {"a": P("Beth Okafor", tw="bethokafor")},
  [th(T, [
      (ME, "-2d 13:00", "Great point. The same thing happens with annual plans: people pay for the discount and forget the commitment."),
  ], focus=True, root="a")]),

S("tw-0111", False, "Sam tweeted in German and nobody replied.",
  "owner_only non_english lang_de",
  {},
  [th(T, [
      (ME, "-1d 08:00", "Kleiner Tipp für Selbstständige: Schreibt in jedes Angebot, was passiert, wenn sich der Umfang ändert. Jedes Mal."),
  ], focus=True)]),

# ----------------------------------------------------------------- trivial questions
S("tw-0112", False, "A quick question about Sam's microphone, answered in one line, followed by thanks.",
  "trivial_question thanks_only first_contact",
  {"a": P("Ollie Brennan", tw="olliebrennan")},
  [th(T, [
      (ME, "-2d 10:00", "New podcast episode: pricing your first productized service. 32 minutes, no ads."),
      ("a", "+1h", "audio sounds great, what mic do you use?"),
      (ME, "+20m", "A Shure MV7 and a very full bookshelf behind me 😄"),
      ("a", "+5m", "ha nice, thanks!"),
  ], focus=True)]),

S("tw-0113", False, "Someone asks if the workshop recording is available, Sam sends the link, and they thumbs-up.",
  "trivial_question emoji_only",
  {"a": P("Cora Fitzgerald", tw="corafitz")},
  [th(T, [
      ("a", "-1d 16:00", "@samrivera_io is the recording of last week's workshop available anywhere?"),
      (ME, "+45m", "Yes! samrivera.example/workshop-rec (password is in the last newsletter)"),
      ("a", "+10m", "👍"),
  ], focus=True)]),

S("tw-0114", False, "A Spanish question about where Sam bought a notebook, answered; no business in it.",
  "trivial_question thanks_only non_english lang_es",
  {"a": P("Nerea Olabarria", tw="nereaolab")},
  [th(T, [
      (ME, "-3d 09:00", "Mi sistema de planificación semanal: una libreta, un boli y cero apps."),
      ("a", "+2h", "¿Dónde compraste esa libreta? Es preciosa"),
      (ME, "+30m", "En una papelería de Lisboa, ¡lo siento!"),
      ("a", "+4m", "Jaja vale, ¡gracias!"),
  ], focus=True)]),

# ----------------------------------------------------------------- recruiter templates
S("tw-0115", False, "A recruiter sends the same template on Twitter and LinkedIn about an 'exciting opportunity' and asks for a quick call.",
  "recruiter_template cross_platform first_contact keyword_trap",
  {"a": P("Jade Whitmore", tw="jadewhitmore_talent", li=True)},
  [dm(T, "a", [
      ("a", "-3d 09:00", "Hi Sam, I came across your profile and think you'd be a great fit for an exciting Head of Pricing opportunity at a fast-growing fintech. Would you be open to a quick call this week?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:00", "Hi Sam, I came across your profile and think you'd be a great fit for an exciting Head of Pricing opportunity at a fast-growing fintech. Would you be open to a quick call this week?"),
  ], focus=True)]),

S("tw-0116", False, "A German recruiter template about an 'exciting position' that asks for a short phone call.",
  "recruiter_template first_contact keyword_trap non_english lang_de",
  {"a": P("Sabine Hartmann", tw="sabinehartmann_hr")},
  [dm(T, "a", [
      ("a", "-1d 10:00", "Hallo Sam, ich bin auf dein Profil aufmerksam geworden und hätte eine spannende Position als Senior Pricing Manager (m/w/d) bei einem renommierten Kunden. Hättest du Zeit für ein kurzes Telefonat?"),
  ], focus=True)]),

# ----------------------------------------------------------------- small talk
S("tw-0117", False, "A known contact wishes Sam a happy birthday and Sam thanks them.",
  "small_talk thanks_only",
  {"a": P("Jules Abernathy", tw="julesabernathy")},
  [dm(T, "a", [
      ("a", "-340d 10:00", "Congrats on the newsletter anniversary!"),
  ]),
   th(T, [
      ("a", "-1d 08:00", "Happy birthday @samrivera_io!! 🎉 hope it's a good one"),
      (ME, "+2h", "Thank you Jules! 😊"),
  ], focus=True)],
  as_of="2025-03-15 08:00"),

S("tw-0118", False, "A follower replies 'haha same' to Sam's joke.",
  "small_talk",
  {"a": P("Ben Tarrant", tw="bentarrant")},
  [th(T, [
      (ME, "-1d 20:00", "My invoicing software just asked me to rate my experience. It was an invoice. It was fine."),
      ("a", "+10m", "haha same, mine asks every single time"),
  ], focus=True)]),

S("tw-0119", False, "A French happy-birthday reply from a follower.",
  "small_talk non_english lang_fr",
  {"a": P("Camille Dufresne", tw="camilledufresne")},
  [th(T, [
      (ME, "-2d 09:00", "Un an de plus, et toujours pas de logiciel de facturation qui me plaît."),
      ("a", "+1h", "Joyeux anniversaire Sam ! 🎂"),
  ], focus=True)],
  as_of="2026-03-16 07:00"),

S("tw-0120", False, "The same growth agency pitches Sam on Twitter and then on LinkedIn asking to 'hop on a call'; a promoter on two platforms is still a promoter.",
  "promotional cross_platform first_contact keyword_trap",
  {"a": P("Tyler Brooks", tw="tylerbrooks_gtm", li=True)},
  [dm(T, "a", [
      ("a", "-5d 13:00", "Sam! Quick one: we help B2B consultants add $20k/mo in pipeline with done-for-you outbound. Worth a quick call?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 13:05", "Hi Sam, following up from Twitter 🙂 We've helped 140+ consultants add $20k/mo in pipeline. Can we hop on a 15-min call this week? Here's my calendar: calendar.example/tyler"),
  ], focus=True)]),

# ----------------------------------------------------------------- added: hard negatives on positive-looking signals
S("tw-0121", False, "A known contact's introduction already led to a call; the new person's message is a thank-you that closes the loop.",
  "introduction closed thanks_only",
  {"k": P("Omar Haddad", tw="omarhaddad_pm"), "n": P("Greta Lindholm", tw="gretalindholm")},
  [dm(T, "k", [
      ("k", "-400d 09:00", "Great workshop, Sam!"),
  ]),
   dm(T, "k n", [
      ("k", "-12d 10:00", "Sam, meet Greta, Greta meet Sam. Greta's pricing a new analytics product, I think you'd get on."),
      ("n", "+30m", "Hi Sam! Would love a quick call if you have time this week."),
      (ME, "+2h", "Hi Greta, of course. Thursday at 3pm CET?"),
      ("n", "+10m", "Perfect!"),
      ("n", "-3d 17:00", "Thanks so much for the call, Sam, and thanks Omar for connecting us. I've got what I need for the launch. 🙏"),
      (ME, "+1h", "My pleasure, good luck with the launch!"),
  ], focus=True)]),

S("tw-0122", False, "An old acquaintance re-appears after eighteen months only to pitch a crypto fund on a call.",
  "reengagement promotional keyword_trap",
  {"a": P("Brody Kessler", tw="brodykessler")},
  [dm(T, "a", [
      ("a", "-560d 20:00", "Good seeing you at the meetup, Sam!"),
      ("a", "-2d 11:00", "Hey Sam! Long time! I've joined a digital-assets fund and we're onboarding a few founders and consultants before the next round. Can we hop on a call? It's a genuinely rare opportunity 🚀"),
  ], focus=True)]),

S("tw-0123", False, "Fast, friendly banter between Sam and a friend under a joke tweet; many quick turns, no business and nothing to call about.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Petra Novak", tw="petranovak")},
  [dm(T, "a", [
      ("a", "-300d 19:00", "Still laughing about the karaoke."),
  ]),
   th(T, [
      (ME, "-1d 20:00", "My cat just walked across the keyboard and sent a client a proposal with the price '777777'. Honestly might be my best pricing yet."),
      ("a", "+2m", "did they accept"),
      (ME, "+3m", "They asked if that includes VAT."),
      ("a", "+2m", "😂 hire the cat"),
      (ME, "+4m", "She's on a retainer now. Paid in tuna."),
      ("a", "+1m", "value-based pricing at its finest"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2: asks that look like pitches, pitches that look like asks
S("tw-0124", True, "A marketplace founder lays out real numbers after a price rise went badly and asks for a short chat before the board meeting.",
  "ask_chat first_contact",
  {"a": P("Anselm Okoro", tw="anselm_builds")},
  [dm(T, "a", [
      ("a", "-1d 21:14", "Hey Sam. Founder of a tutoring marketplace here. We raised prices 18% in March, churn went from 3.1% to 7.4% monthly and my board meets on the 14th. I don't need a deck, I need someone who's seen this before. Could we have a short chat this week or next?"),
  ], focus=True)]),

S("tw-0125", True, "A stranger shares a link to her new pricing page with conversion figures and asks for honest feedback.",
  "ask_feedback first_contact",
  {"a": P("Yuki Hartmann", tw="yukihartmann")},
  [dm(T, "a", [
      ("a", "-2d 11:02", "hi Sam! long-time reader. I rebuilt our pricing page last week (plumb-scheduling.example/pricing). Visits to trial went from 2.2% to 1.6% and I can't work out if it's the annual toggle or the new middle plan. Would you be willing to give it a look and tell me what you'd change? I'll take any amount of brutal."),
  ], focus=True)]),

S("tw-0126", True, "A reader visiting Lisbon mentions the project he wants to discuss and asks whether Sam is around next week, an indirect request to meet.",
  "ask_meeting indirect_ask first_contact reciprocity",
  {"a": P("Grégoire Maslin", tw="gmaslin")},
  [th(T, [
      (ME, "-3d 09:40", "Reminder that 'we'll discount for the first year' is a pricing decision for year two as well."),
      ("a", "+2h", "We did exactly this with our first 30 customers and year two renewals are now a fight. I'm in Lisbon from Tuesday, are you around next week by any chance?"),
      (ME, "+35m", "I am, mostly. What part of town are you staying in?"),
      ("a", "+10m", "Alfama, but happy to come to you. Thursday morning?"),
  ], focus=True)]),

S("tw-0127", True, "A studio owner asks if she can steal fifteen minutes to talk through a quote she has to send on Monday.",
  "ask_call first_contact",
  {"a": P("Lorna Achterberg", tw="lorna_draws")},
  [dm(T, "a", [
      ("a", "-0d 01:12", "Sorry for the late-night DM. Any chance I can steal 15 minutes of your time before Monday? A museum asked me to quote for a full exhibition identity and I genuinely don't know whether that's 8k or 40k."),
  ], focus=True)]),

S("tw-0128", True, "A former colleague silent for three years returns with a specific paid project and asks to get on the phone.",
  "reengagement ask_call",
  {"a": P("Hamish Carrow", tw="hamishcarrow")},
  [dm(T, "a", [
      ("a", "-1150d 17:20", "Last day at Brightfold today. It was a pleasure working with you on the repricing, Sam."),
      (ME, "+1h", "Likewise Hamish, good luck at the new place!"),
      ("a", "-2d 10:45", "Sam, it's been ages. I'm now VP Product at a fleet-telematics company and we're moving from per-vehicle to usage tiers in Q2. I'd like to bring you in for 6-8 weeks. Can we get on the phone this week to scope it?"),
  ], focus=True)]),

S("tw-0129", True, "A business journalist on deadline asks Sam for a comment by phone for a story on subscription price rises.",
  "ask_call first_contact",
  {"a": P("Nadia Ferreira-Walsh", tw="nadiafw_reports")},
  [dm(T, "a", [
      ("a", "-0d 07:05", "Hi Sam, I'm a reporter at a business weekly writing about streaming and software companies raising prices mid-contract. Your thread on 'price rises as a trust problem' is exactly the angle. Could I call you for a comment today? Deadline is 4pm Lisbon time. My number is in my bio."),
  ], focus=True),],
  as_of="2026-05-12 08:00"),

S("tw-0130", True, "An event organiser asks what Sam charges for a 40-minute keynote at a retail conference in October.",
  "ask_rates first_contact",
  {"a": P("Desmond Achike", tw="desachike_events")},
  [th(T, [
      ("a", "-2d 15:30", "@samrivera_io we're putting together the programme for RetailNext Porto (Oct, ~600 people). Would you consider a 40-min keynote on pricing for independent shops? What's your fee for something like that? Happy to move to email."),
  ], focus=True)]),

S("tw-0131", True, "A nervous new freelancer asks, with several typos, to pick Sam's brain about a first retainer offer.",
  "ask_chat first_contact typo",
  {"a": P("Jaylen Burke", tw="jaylenb_codes")},
  [dm(T, "a", [
      ("a", "-1d 23:50", "hey sam sorry to bug u, first yr freelancing and a client just offerd me a retainer for 1200/mo for 'whatever we need'. feels wrong but idk why. wuold love to pik your brain for like 10 min if your ever free, totaly ok if not"),
  ], focus=True)]),

S("tw-0132", True, "In Spanish, the owner of a language school asks whether they could talk by phone this week about raising course prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Remedios Galán", tw="remegalan")},
  [dm(T, "a", [
      ("a", "-2d 12:20", "Hola Sam, te sigo desde hace tiempo. Tengo una academia de idiomas en Valencia con 140 alumnos y llevamos tres años sin tocar los precios. ¿Podríamos hablar por teléfono esta semana? Te pago la sesión, claro."),
  ], focus=True)]),

S("tw-0133", True, "In Spanish, a product team lead asks Sam for a quote for a pricing review of their app.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Iker Zubiaurre", tw="ikerzubi")},
  [dm(T, "a", [
      ("a", "-3d 09:12", "Buenas Sam! Llevo el producto en una app de reservas para peluquerías (unos 2.000 salones). Queremos revisar los planes antes del verano. ¿Cuánto cobrarías por una revisión completa de precios y planes? Si te encaja te paso más detalles."),
  ], focus=True)]),

S("tw-0134", True, "In French, a coach says she would love to exchange with Sam for a moment about her group programme, an indirect request for a call.",
  "ask_chat indirect_ask first_contact non_english lang_fr",
  {"a": P("Solène Marchetti", tw="solene_coach")},
  [th(T, [
      (ME, "-4d 10:10", "Group programmes fail on price when they're priced like one-to-one coaching divided by ten."),
      ("a", "+6h", "C'est exactement mon problème avec mon programme de groupe, je suis à 290 € pour 8 semaines et je n'arrive pas à remplir. Si tu as un moment un de ces jours, j'aimerais beaucoup échanger avec toi là-dessus."),
  ], focus=True)]),

S("tw-0135", True, "In German, a shop owner asks for help because a wholesaler cut her margin and asks whether Sam could take a look at her numbers.",
  "ask_help first_contact non_english lang_de",
  {"a": P("Henrike Albers", tw="henrike_laden")},
  [dm(T, "a", [
      ("a", "-1d 18:33", "Hallo Sam, ich habe einen kleinen Laden für Schreibwaren in Bremen. Mein Großhändler hat die Einkaufspreise um 12 % erhöht und meine Marge ist praktisch weg. Könnten Sie sich meine Zahlen mal anschauen? Ich würde das natürlich bezahlen."),
  ], focus=True)]),

S("tw-0136", True, "A known contact tags Sam in a reply to a founder's pricing question, and the founder follows up asking Sam directly for a conversation.",
  "introduction first_contact ask_chat",
  {"k": P("Marguerite Osei", tw="margosei"), "n": P("Rafferty Lune", tw="raff_lune")},
  [dm(T, "k", [
      ("k", "-260d 12:00", "Thanks for the podcast recommendation, binged the whole thing."),
      (ME, "+3h", "Ha, told you!"),
  ]),
   th(T, [
      ("k", "-2d 14:40", "is who you want for this. Sam, Raff is good people, his attach rate question is a real one."),
      ("n", "+15m", "thanks Margo! Sam, hardware + subscription bundle, 11% attach rate, and I think we priced it backwards. Would you be up for a conversation? Happy to share the numbers under NDA."),
  ], focus=True, root="n")]),

S("tw-0137", True, "The same founder replies on Twitter and then writes on LinkedIn two days later asking for feedback on a pricing proposal.",
  "cross_platform first_contact ask_feedback",
  {"a": P("Oksana Lindgren", tw="oksanalindgren", li=True)},
  [th(T, [
      (ME, "-5d 08:30", "Seat-based pricing is fine until the customer's best user is the one who shares a login."),
      ("a", "+3h", "Living this right now. 40% of our accounts share logins. Writing up a proposal to move to workspace pricing."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 10:20", "Hi Sam, Oksana from the login-sharing reply on Twitter. I've drafted the workspace pricing proposal for our leadership team. Would you be willing to read it and tell me where it's weak? 4 pages, I can send a PDF."),
  ], focus=True)]),

S("tw-0138", True, "A 'quick question' opener that turns out to be a founder with a real marketplace pricing problem asking if Sam advises on this.",
  "ask_help first_contact",
  {"a": P("Bram Terpstra", tw="bramterp")},
  [dm(T, "a", [
      ("a", "-1d 13:01", "quick question: do you ever advise marketplaces? we connect kitchens with event caterers, ~40k GMV a month, take rate 9%, and half our suppliers just told us they'd leave at 12%. trying to figure out whether to charge the buyer side instead. would pay for help on this."),
  ], focus=True)]),

S("tw-0139", True, "A 'saw your post' reply that is not a pitch: an agency owner describes her problem and asks to talk on Thursday, and Sam agrees.",
  "ask_chat first_contact reciprocity",
  {"a": P("Tamsin Greaves", tw="tamsin_greaves")},
  [th(T, [
      (ME, "-2d 07:50", "If your smallest project costs you the same admin as your biggest, you don't have a minimum. You have a loss leader."),
      ("a", "+1h", "Saw your post this morning and winced. 3-person agency, our smallest jobs are £600 and they're 40% of our tickets. Could we talk Thursday?"),
      (ME, "+2h", "Yes, happy to. Thursday after 2pm works, DM me."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 2 negatives: selling to Sam in many shapes
S("tw-0140", False, "A 'quick question' opener from a sales rep who then pitches a proposal tool and asks for 15 minutes.",
  "promotional first_contact keyword_trap",
  {"a": P("Kendra Vail", tw="kendra_closes")},
  [dm(T, "a", [
      ("a", "-1d 15:20", "Hey Sam, quick question"),
      ("a", "+1m", "Are you still sending proposals as PDFs? We help consultants close 32% faster with interactive proposals. Open to a 15-min look this week?"),
  ], focus=True)]),

S("tw-0141", False, "A stranger fakes familiarity ('great catching up last week') to open a pitch for outsourced bookkeeping.",
  "promotional first_contact",
  {"a": P("Colby Strand", tw="colbystrand_")},
  [dm(T, "a", [
      ("a", "-2d 10:04", "Sam! Great catching up last week 🙌 As promised, here's the overview of our bookkeeping packages for solo consultants, from $149/mo. Let me know when you want to hop on and get you set up!"),
  ], focus=True)]),

S("tw-0142", False, "An agency says it saw Sam's post and offers a free audit of Sam's funnel; a lead-gen pitch dressed as a compliment.",
  "promotional first_contact keyword_trap",
  {"a": P("Mitchell Aranda", tw="mitch_scales")},
  [th(T, [
      (ME, "-1d 09:00", "Pricing page copy rule: say who it's not for."),
      ("a", "+12m", "Saw your post and had to reply 🔥 Your content is gold but your funnel is leaking. We do free funnel audits for creators this week only, DM me 'AUDIT' and I'll send a Loom."),
  ], focus=True)]),

S("tw-0143", False, "A growth agency bumps its ignored pitch three times ('just floating this to the top').",
  "promotional first_contact keyword_trap",
  {"a": P("Shay Porter", tw="shayporter_growth")},
  [dm(T, "a", [
      ("a", "-16d 14:00", "Hi Sam, we help newsletter writers turn readers into paying clients with a done-for-you LinkedIn system. Worth a chat?"),
      ("a", "-9d 14:02", "Just floating this to the top of your inbox 🙂"),
      ("a", "-2d 14:01", "Hey Sam, last bump from me! Here's my calendar if easier: cal.example/shay/15min"),
  ], focus=True)]),

S("tw-0144", False, "A self-styled creator investor offers 'capital for creators' and wants a call via a calendar link; unsolicited money pitch.",
  "spam first_contact keyword_trap",
  {"a": P("Lex Montague", tw="lexmontague_vc")},
  [dm(T, "a", [
      ("a", "-3d 04:18", "Sam 👋 we deploy non-dilutive capital into creator businesses like yours. Up to $250k, revenue-based, decisions in 48h. Grab 20 min with our partner: capital.example/book"),
  ], focus=True)]),

S("tw-0145", False, "An SEO spam DM promises first-page rankings and guest posts on 'high DA' sites.",
  "spam first_contact",
  {"a": P("Rank Boost Pro", tw="rankb00stpro")},
  [dm(T, "a", [
      ("a", "-2d 02:40", "Hello sir/madam, I checked your website and found 37 SEO errors. We can rank you on first page of Google in 30 days, also provide guest post on high DA sites. Shall I send the report? Regards"),
  ], focus=True)]),

S("tw-0146", False, "A web designer replies to Sam's tweet that Sam's site 'looks outdated' and offers a redesign.",
  "promotional first_contact",
  {"a": P("Pixel Harbor Studio", tw="pixelharbor_web")},
  [th(T, [
      (ME, "-2d 12:00", "New essay on the site: why the cheapest plan should still be profitable."),
      ("a", "+40m", "Great read! Honestly though your website looks a bit outdated for someone at your level. We redesign sites for consultants in 10 days, check our portfolio in bio 👀"),
  ], focus=True)]),

S("tw-0147", False, "A webinar account tags a dozen pricing people, Sam included, to promote a free live session.",
  "mass_mention promotional",
  dict(crowd(12, 31), a=P("PriceOps Live", tw="priceops_live")),
  [th(T, [
      ("a", "-1d 16:00", "Tomorrow 5pm CET: 'Pricing in a recession' LIVE 🎙️ Free registration, replay for attendees only. Shoutout to the folks who inspire our content 👇 priceops.example/live", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0148", False, "A conference account sends an automated DM that Sam's attendee badge is ready, with a link to download it.",
  "automated first_contact",
  {"a": P("Web Summit Porto", tw="wsporto_official")},
  [dm(T, "a", [
      ("a", "-4d 09:00", "Your badge for Web Summit Porto is ready! 🎟️ Download it and add the event to your calendar: wsporto.example/badge/SR-44810. Reply STOP to opt out."),
  ], focus=True)]),

S("tw-0149", False, "A giveaway tweet tags fourteen accounts including Sam and asks people to retweet to win a laptop.",
  "mass_mention spam",
  dict(crowd(14, 32), a=P("Laptop Drop Daily", tw="laptopdropdaily")),
  [th(T, [
      ("a", "-0d 03:30", "💻 MacBook GIVEAWAY 💻 Follow + RT + tag 3 friends to enter! Winners DM'd Friday. Good luck to these legends 👇", {"at": ats(14)}),
  ], focus=True)]),

S("tw-0150", False, "Sam answered a question about invoicing terms and the person replied 'ty!!'.",
  "thanks_only first_contact",
  {"a": P("Pia Sundberg", tw="piasundberg")},
  [th(T, [
      ("a", "-3d 13:10", "@samrivera_io net 30 or net 15 for a first-time client? asking for me"),
      (ME, "+25m", "Net 15, and 50% upfront for first-timers."),
      ("a", "+4m", "ty!!"),
  ], focus=True)]),

S("tw-0151", False, "A follower replies to Sam's announcement with two raised-hands emojis and nothing else.",
  "emoji_only first_contact",
  {"a": P("Oren Feld", tw="orenfeld")},
  [th(T, [
      (ME, "-1d 10:00", "The audiobook of my pricing book is out today. I read it myself, apologies in advance."),
      ("a", "+30m", "🙌🙌"),
  ], focus=True)]),

S("tw-0152", False, "Several people congratulate Sam on the book's first anniversary; a congratulations thread, nobody asks for anything.",
  "small_talk first_contact",
  {"a": P("Lucie Brandeis", tw="luciebrandeis"), "b": P("Theo Akande", tw="theoakande"),
   "c": P("Mirela Costa", tw="mirelacosta_")},
  [th(T, [
      (ME, "-2d 09:00", "One year since the book came out. 11,000 copies and more emails than I can answer. Thank you."),
      ("a", "+20m", "Congrats Sam!! Well deserved 🎉"),
      ("b", "+1h", "Huge. Still the most dog-eared book on my desk.", {"re": 0}),
      ("c", "+2h", "Congratulations! 🥂", {"re": 0}),
  ], focus=True)]),

S("tw-0153", False, "A troll mocks the idea of paying a pricing consultant and says to 'call me when you've built something'.",
  "hostile first_contact keyword_trap",
  {"a": P("Dax Rourke", tw="daxrourke_")},
  [th(T, [
      (ME, "-1d 08:45", "Raising prices is a test of whether your customers believe you, not whether they like you."),
      ("a", "+15m", "lmao imagine paying someone to tell you to charge more. call me when you've actually built something instead of tweeting about it"),
  ], focus=True)]),

S("tw-0154", False, "The call has already happened; the person thanks Sam for yesterday's chat and says they'll send the new prices when they're live.",
  "closed thanks_only reciprocity",
  {"a": P("Ravi Menon", tw="ravimenon_ux")},
  [dm(T, "a", [
      ("a", "-9d 16:00", "Hi Sam, could we do a quick call about pricing my UX audits?"),
      (ME, "+2h", "Sure, Thursday 11am?"),
      ("a", "+10m", "Perfect, talk then."),
      ("a", "-1d 17:40", "Thanks again for the chat yesterday, super useful. I'll send you the new prices once they're live 🙏"),
  ], focus=True)]),

S("tw-0155", False, "Sam has just spoken to this person on the phone about exactly this; their message is a 'likewise, talk soon' after the call.",
  "closed reciprocity small_talk",
  {"a": P("Ifeoma Lindqvist", tw="ifeoma_l")},
  [dm(T, "a", [
      ("a", "-3d 09:00", "Sam, can we talk about the workshop scope? Ring me whenever."),
      (ME, "-1d 15:30", "Great talking just now, Ifeoma. I'll send the outline by Friday as agreed."),
      ("a", "+8m", "Likewise! No rush on the outline. Talk soon."),
  ], focus=True)]),

S("tw-0156", False, "A German group DM among friends swaps photos and jokes about last weekend; nobody asks Sam anything.",
  "small_talk non_english lang_de",
  {"a": P("Jannik Vogt", tw="jannikvogt"), "b": P("Luise Hartwig", tw="luisehartwig")},
  [dm(T, "a b", [
      ("a", "-2d 20:10", "Hier noch die Fotos vom Grillen 📸 Sam, du siehst auf allen aus als hättest du gerade eine Preiserhöhung verkündet"),
      ("b", "+5m", "hahaha genau so"),
      (ME, "+20m", "Ich nenne das meinen Verhandlungsblick."),
      ("a", "+3m", "😂 nächstes Mal bringst du wieder den Kartoffelsalat mit"),
  ], focus=True)]),

S("tw-0157", False, "In Spanish, an agency promises to fill Sam's calendar with qualified meetings and asks for a quick call.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Agencia Impulsa B2B", tw="impulsa_b2b")},
  [dm(T, "a", [
      ("a", "-2d 11:30", "¡Hola Sam! 👋 Ayudamos a consultores como tú a llenar la agenda con 15-20 reuniones cualificadas al mes, sin anuncios. ¿Te viene bien una llamada rápida de 15 minutos esta semana? Aquí mi agenda: agenda.example/impulsa"),
  ], focus=True)]),

S("tw-0158", False, "A French recruiter template about an 'opportunité passionnante' asks for a quick phone call.",
  "recruiter_template first_contact keyword_trap non_english lang_fr",
  {"a": P("Clémence Baudry", tw="clemence_talent")},
  [dm(T, "a", [
      ("a", "-1d 10:15", "Bonjour Sam, votre profil a retenu toute mon attention ! Je recrute pour un client, scale-up en forte croissance, un(e) Head of Pricing H/F. Opportunité passionnante. Seriez-vous disponible pour un rapide échange téléphonique cette semaine ?"),
  ], focus=True)]),

S("tw-0159", False, "A German automated DM invites Sam to a free webinar after Sam followed the account.",
  "automated promotional first_contact non_english lang_de",
  {"a": P("Vertriebsakademie Nord", tw="vertrieb_nord")},
  [dm(T, "a", [
      ("a", "-1d 07:01", "Danke fürs Folgen! 🙏 Als Dankeschön: Sichern Sie sich Ihren kostenlosen Platz im Webinar 'Preise erfolgreich durchsetzen' am Donnerstag, 18 Uhr. Jetzt anmelden: vertrieb-nord.example/webinar"),
  ], focus=True)]),

S("tw-0160", False, "In Spanish, a one-line thank-you after Sam shared a spreadsheet template.",
  "thanks_only first_contact non_english lang_es",
  {"a": P("Nerea Castells", tw="nereacastells")},
  [th(T, [
      ("a", "-2d 17:00", "@samrivera_io ¿tienes la plantilla de cálculo de márgenes que mencionaste?"),
      (ME, "+1h", "¡Claro! Aquí la tienes: samrivera.example/margenes"),
      ("a", "+6m", "Mil gracias!!"),
  ], focus=True)]),

S("tw-0161", False, "In French, a hostile reply calls Sam's advice a scam for gullible freelancers.",
  "hostile first_contact non_english lang_fr",
  {"a": P("Bastien Ferrand", tw="bastien_frd")},
  [th(T, [
      (ME, "-2d 10:30", "Augmenter ses prix de 10 % fait rarement fuir les bons clients."),
      ("a", "+45m", "Encore un gourou qui vend du vent aux freelances naïfs. Vous n'avez jamais eu de vrai client de votre vie."),
  ], focus=True)]),

S("tw-0162", False, "In German, Sam declined a request for lack of capacity and the person replied that it's a pity but thanks anyway.",
  "closed declined reciprocity non_english lang_de",
  {"a": P("Katrin Sommerfeld", tw="katrin_sommerfeld")},
  [dm(T, "a", [
      ("a", "-5d 12:00", "Hallo Sam, hätten Sie im Juni Kapazität für einen Preis-Workshop mit unserem Team?"),
      (ME, "+1d 09:00", "Hallo Katrin, danke für die Anfrage! Leider bin ich bis September komplett ausgebucht. Ich kann Ihnen aber gern eine Kollegin empfehlen."),
      ("a", "+2h", "Schade, aber verstehe ich. Trotzdem danke, wir melden uns im Herbst vielleicht noch mal."),
  ], focus=True)]),

S("tw-0163", False, "In French, a genuine request for a call about subscription pricing from four months ago, never followed up.",
  "ask_call stale first_contact non_english lang_fr",
  {"a": P("Anouk Delaunay", tw="anoukdelaunay")},
  [dm(T, "a", [
      ("a", "-125d 14:20", "Bonjour Sam, je lance une box d'abonnement de thés et j'hésite entre 19 et 24 € par mois. Est-ce qu'on pourrait s'appeler un de ces jours ?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 positives: commercial words, indirect, other languages
S("tw-0164", True, "An accelerator's programme lead asks what Sam would charge to run a pricing session for a whole startup cohort, with a sponsor budget already set aside.",
  "ask_rates first_contact",
  {"a": P("Ingrid Solvang", tw="ingrid_accel")},
  [dm(T, "a", [
      ("a", "-2d 15:40", "hi Sam! I run the programme at a fintech accelerator in Oslo. we have 12 startups in the spring cohort and literally all of them are underpriced lol. a sponsor gave us budget for expert sessions. what would you charge for a 3h remote pricing session + async Q&A after? dates flexible, april/may"),
  ], focus=True)]),

S("tw-0165", True, "A mutual who chatted with Sam a couple of months ago asks, in a short typo-ridden DM, if Sam is free Thursday to pick Sam's brain about pricing a new tier.",
  "ask_chat typo",
  {"a": P("Benji Okafor", tw="benjibuilds")},
  [dm(T, "a", [
      ("a", "-62d 18:10", "that thread on annual discounts was 🔥 ty for the reply yesterday"),
      (ME, "+1h", "Glad it helped!"),
      ("a", "-1d 21:33", "free thurs? would love to pick ur brain re pricing our new teams tier, were launching it in 2 wks and i think we've got the seat limit wrong. 20 min max promise"),
  ], focus=True)]),

S("tw-0166", True, "A Series A founder offers Sam a paid advisory role with a concrete retainer and equity and asks for a call to discuss it; an offer to Sam, not a pitch.",
  "ask_call first_contact",
  {"a": P("Delphine Achterberg", tw="delphine_ach")},
  [dm(T, "a", [
      ("a", "-3d 10:05", "Hi Sam, Delphine here, CEO of Tallyroad (B2B invoicing, just closed our Series A). We're redoing packaging this year and I'd like to formally offer you an advisory role: 0.25% plus a monthly retainer for ~4h/month, first 6 months. I know that's a real ask of your time, so could we get on a call this week or next to see if it's a fit?"),
  ], focus=True)]),

S("tw-0167", True, "A Lisbon meetup organiser offers Sam a paid speaking slot and asks if Sam would be up for it, a concrete invitation awaiting an answer.",
  "ask_call first_contact reciprocity",
  {"a": P("Ruben Vasconcelos", tw="rubenvasc")},
  [th(T, [
      (ME, "-4d 09:15", "Pricing talk I keep wanting to give: 'Your price list is a product too'. Nobody has asked me to give it yet."),
      ("a", "+1h", "consider this asking 😄 I organise SaaS Lisboa, next edition is 14 May at LX Factory, ~150 people. we pay speakers €400 + dinner. would you be up for it? 30 min talk + Q&A"),
      (ME, "+3h", "Oh that's lovely, tempting. Let me check the date."),
      ("a", "+20m", "amazing, DM me whenever, happy to jump on a quick call to go through format"),
  ], focus=True)]),

S("tw-0168", True, "A university researcher asks Sam for a recorded half-hour interview by video for a study on freelance pricing.",
  "ask_call first_contact",
  {"a": P("Dr. Amara Lindqvist", tw="amara_researches")},
  [dm(T, "a", [
      ("a", "-1d 12:48", "Dear Sam, I'm a researcher at a business school studying how independent consultants set and change their fees. Your newsletter is cited by several of our interviewees. Would you be willing to do a 30-minute video interview in the next two weeks? It would be anonymised unless you'd prefer to be named."),
  ], focus=True)]),

S("tw-0169", True, "A product director Sam met at a conference this winter proposes bringing Sam in as a contractor for a specific packaging project and asks to talk Thursday.",
  "ask_chat reciprocity",
  {"a": P("Hugo Santamaria", tw="hugosanta")},
  [dm(T, "a", [
      ("a", "-75d 19:00", "Great meeting you at the dinner in Porto Sam, will definitely read the book"),
      (ME, "+2h", "Likewise Hugo! Enjoy it."),
      ("a", "-2d 08:40", "Sam, I've got headcount for a pricing lead but honestly I'd rather bring you in as a contractor for ~3 months to set up our packaging properly before we hire anyone. Budget is approved. Could we talk Thursday?"),
      (ME, "+5h", "That sounds interesting. Thursday afternoon works, send me a bit of context first?"),
  ], focus=True)]),

S("tw-0170", True, "A food co-op coordinator describes a real problem with member prices and asks whether it's the kind of thing Sam would take on, an indirect ask for paid work.",
  "ask_help indirect_ask first_contact",
  {"a": P("Fenna de Wit", tw="fenna_coop")},
  [dm(T, "a", [
      ("a", "-2d 20:15", "Hello Sam. I coordinate a food co-op in Utrecht, 900 members. We charge members cost +12% and non-members +30%, and the gap is starting to annoy both groups. The board has set aside money for outside help this year. Is this the kind of thing you'd take on, or is it too small?"),
  ], focus=True)]),

S("tw-0171", True, "A stranger asks a string of substantive questions about pricing an open-source tool's paid tier under Sam's tweet, and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Kasimir Ndlovu", tw="kasimir_dev")},
  [th(T, [
      (ME, "-1d 10:00", "Open-core pricing tip: the paid tier should sell to the person who signs the invoice, not the person who installs the tool."),
      ("a", "+18m", "ok this is my life right now. maintainers of a db migration tool, 14k stars, 0 revenue. the 'invoice person' is usually a platform lead right?"),
      (ME, "+6m", "Usually, yes. What do platform leads lose sleep over with migrations?"),
      ("a", "+4m", "audit trails + rollbacks across 40 services. we have both half built. do we gate them or sell support around them?"),
      (ME, "+9m", "Gate the audit trail, it's a compliance line item. Support is a separate conversation."),
      ("a", "+3m", "huh. and price per service or flat per org? our biggest users have 300+ services"),
      (ME, "+7m", "Per org with a service band. Per service punishes your best customers."),
  ], focus=True)]),

S("tw-0172", True, "A long-time contact introduces a bakery-chain founder in a group DM and the founder takes it up, describing the problem and asking when Sam could talk.",
  "introduction first_contact ask_chat",
  {"k": P("Leandro Pires", tw="leandropires"), "n": P("Mette Halvorsen", tw="mette_bakes")},
  [dm(T, "k", [
      ("k", "-340d 11:00", "thanks for the intro to the lawyer btw, sorted everything"),
      (ME, "+4h", "Great to hear!"),
  ]),
   dm(T, "k n", [
      ("k", "-3d 09:30", "Sam, Mette. Mette, Sam. Mette runs 7 bakeries in Copenhagen and is about to launch a subscription. Sam wrote the book on this, literally."),
      ("n", "+2h", "Thank you Leandro 🙏 Hi Sam! Bread subscription, 3 loaves a week, we're torn between 39 and 55 DKK per week and the staff think both are wrong. When would suit you to talk? I'm flexible."),
  ], focus=True)]),

S("tw-0173", True, "Someone Sam met at a meetup five years ago comes back with a concrete co-authored report proposal and asks to hop on a call.",
  "reengagement ask_call",
  {"a": P("Priyanka Dhillon", tw="priyanka_dh")},
  [dm(T, "a", [
      ("a", "-1800d 22:10", "so nice meeting you at the Porto meetup!! lets def stay in touch"),
      (ME, "+9h", "Definitely!"),
      ("a", "-1d 16:20", "yo Sam!! it's been forever. I'm heading research at a payments company now and we want to publish a proper report on how small merchants set prices, with data from 20k merchants. you're the first person I thought of as co-author (paid obviously). can we hop on a call next week?"),
  ], focus=True)]),

S("tw-0174", True, "The same founder replies to Sam's tweet and then sends a LinkedIn message two days later about the same price migration, asking for help.",
  "cross_platform first_contact ask_help",
  {"a": P("Théa Johansson", tw="thea_jo", li=True)},
  [th(T, [
      (ME, "-5d 09:30", "Grandfathering old customers forever is a pricing decision you'll pay for every year."),
      ("a", "+2h", "we grandfathered 2,000 customers in 2021 and they're now 40% of accounts at half price. no idea how to unwind it without a riot"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 11:10", "Hi Sam, Théa from the grandfathering reply on X. I've written up our situation (2 pages). Would you be able to help us plan the migration? We'd pay for a proper engagement, I just need someone who has done this before."),
  ], focus=True)]),

S("tw-0175", True, "In Spanish, the founder of a clinic-booking SaaS asks whether Sam has a slot for a video call about moving to per-clinic pricing.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Maite Arrieta", tw="maitearrieta")},
  [dm(T, "a", [
      ("a", "-2d 18:05", "Hola Sam! Soy cofundadora de una app de citas para clínicas dentales (unas 400 clínicas en España). Cobramos por dentista y las clínicas grandes se quejan muchísimo. ¿Tendrías un hueco la semana que viene para una videollamada? Obviamente te pagamos la sesión."),
  ], focus=True)]),

S("tw-0176", True, "In Spanish, a veterinary chain's operations manager explains a pricing problem and asks if Sam would do that kind of project, with no call word.",
  "ask_help indirect_ask first_contact non_english lang_es",
  {"a": P("Gonzalo Ibarra", tw="gonzaibarra")},
  [th(T, [
      (ME, "-3d 08:50", "Bundles work when the customer would have bought most of the items anyway. Otherwise they're a discount in disguise."),
      ("a", "+5h", "Justo esto nos pasa con los planes de salud para mascotas en nuestras 11 clínicas, la mitad de los clientes no usa ni la mitad del plan y aun así perdemos dinero. ¿Es el tipo de proyecto que harías? Me encantaría saber cómo lo enfocarías."),
  ], focus=True)]),

S("tw-0177", True, "In French, the head of a Lisbon design school invites Sam to give a paid pricing workshop to final-year students and suggests a coffee to discuss it.",
  "ask_meeting first_contact non_english lang_fr",
  {"a": P("Aurore Delacroix", tw="aurore_dlx")},
  [dm(T, "a", [
      ("a", "-1d 17:25", "Coucou Sam ! Je dirige une petite école de design à Lisbonne (programme en anglais, étudiants de partout). On aimerait t'inviter à animer un atelier rémunéré sur la tarification pour les dernières années, en juin. Dispo pour un café jeudi ou vendredi pour en parler ? Je suis à Santos."),
  ], focus=True)]),

S("tw-0178", True, "In German, a training company asks whether Sam would license a pricing framework for their courses and proposes a short Zoom.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Matthias Grünewald", tw="mgruenewald")},
  [dm(T, "a", [
      ("a", "-2d 09:55", "Hallo Sam, wir sind ein Weiterbildungsanbieter für Agenturen (Köln, ca. 600 Teilnehmende im Jahr). Wir würden Ihr Preis-Framework aus dem Buch gern lizenzieren und in zwei Kursen einsetzen, natürlich gegen Lizenzgebühr. Hätten Sie Lust auf ein kurzes Zoom nächste Woche, um das zu besprechen?"),
  ], focus=True)]),

S("tw-0179", True, "In Portuguese, a Lisbon app founder asks Sam to meet for a coffee this week to talk about the app's prices.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": P("Rodrigo Valadares", tw="rodrigo_vldr")},
  [dm(T, "a", [
      ("a", "-1d 19:40", "Olá Sam! Sigo-te há uns tempos. Tenho uma app de reservas para padel em Lisboa e Porto e estamos a pensar passar de comissão para subscrição para os clubes. Podemos marcar um café esta semana? Estou no Cais do Sodré quase todos os dias 🙂"),
  ], focus=True)]),

S("tw-0180", True, "In Portuguese, a Porto coworking owner asks how much Sam charges for a session with her team on membership prices.",
  "ask_rates first_contact non_english lang_pt",
  {"a": P("Beatriz Magalhães", tw="bia_magalhaes")},
  [th(T, [
      (ME, "-2d 10:20", "Coworking spaces: your day pass is your real price. Everyone compares the monthly plan to 20 day passes."),
      ("a", "+3h", "Bolas, é mesmo isto. Temos um cowork no Porto e o passe diário está a canibalizar tudo. Quanto cobras por uma sessão com a nossa equipa para rever os preços? Somos 4."),
  ], focus=True)]),

S("tw-0181", True, "A procurement lead says they want to hire a pricing consultant for a four-week engagement and asks Sam to join a call with their CFO; commercial words, but Sam is the one being hired.",
  "ask_call first_contact reciprocity",
  {"a": P("Oluwaseun Barker", tw="seun_procures")},
  [dm(T, "a", [
      ("a", "-3d 14:10", "Hi Sam, I lead procurement at a mid-size logistics firm. We've been asked to hire an external pricing consultant for a 4-week engagement on our contract renewal pricing and your name came up from two of our account managers. Would you be open to a 30-min call with our CFO next week to scope it? We'd send a short RFP after."),
      (ME, "+6h", "Hi Oluwaseun, thanks for thinking of me. Yes, open to it. What days suit your CFO?"),
      ("a", "+40m", "Tue or Wed after 2pm Lisbon time. I'll send the brief tonight."),
  ], focus=True)]),

S("tw-0182", True, "Someone Sam already helped on a call last month writes again with a new live problem and asks for another call; the old call was closed but this is a new ask.",
  "ask_call reciprocity",
  {"a": P("Wanjiru Kamau", tw="wanjiru_k")},
  [dm(T, "a", [
      ("a", "-35d 10:00", "Thanks so much for the call today Sam, really cleared my head on the retainer."),
      (ME, "+1h", "Anytime, good luck with it!"),
      ("a", "-1d 15:45", "Hi Sam! The retainer client signed 🎉 but now their parent company wants the same deal for 5 subsidiaries and is asking for a volume discount. Could we do another call this week? I'll book it as a paid session this time, insist."),
  ], focus=True)]),

S("tw-0183", True, "A nonprofit director asks whether Sam ever does reduced-rate work and would like to talk about their membership fees.",
  "ask_rates ask_chat first_contact",
  {"a": P("Gwendolyn Abara", tw="gwen_abara")},
  [dm(T, "a", [
      ("a", "-2d 13:15", "Hi Sam, I'm the director of a small arts charity in Bristol. Our membership fees haven't changed since 2016 and we're scared of losing members. Do you ever do reduced-rate work for charities? Either way I'd love to talk it through with you if you have time, we do have a small budget."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 3 negatives: disguised selling, traps, closed
S("tw-0184", False, "A recruiter template praises one of Sam's tweets and moves straight to an in-house Head of Monetization role and a quick chat.",
  "recruiter_template first_contact keyword_trap",
  {"a": P("Tyler Brandauer", tw="tyler_talentco")},
  [dm(T, "a", [
      ("a", "-1d 08:20", "Hey Sam! Your tweet about decoy pricing was 🔥 and honestly made me think of a role I'm working on. My client (Series B, remote-first) is hiring a Head of Monetization, comp up to $220k + equity. Would you be open to a quick 15-min chat this week to explore?"),
  ], focus=True)]),

S("tw-0185", False, "An agency compliments Sam's essay to open a pitch for workshop sign-up ads, with a '15-min call' ask.",
  "promotional first_contact keyword_trap",
  {"a": P("Carter Nolan", tw="carter_fillsseats")},
  [dm(T, "a", [
      ("a", "-2d 16:05", "Loved your latest essay Sam!! Quick thought: with the right ads your workshop could sell out in 72h. We did it for 40+ creators. Mind if I show you how on a quick 15-min call? No strings 🙌"),
  ], focus=True)]),

S("tw-0186", False, "A stranger's 'random q' opener turns into a be-your-own-boss pitch and a Zoom with a 'mentor'.",
  "promotional first_contact keyword_trap",
  {"a": P("Kayleigh Summers", tw="kayleigh_freedom")},
  [dm(T, "a", [
      ("a", "-1d 20:50", "heyy random q but are you open to side projects?? 👀"),
      ("a", "+2m", "I partnered with an amazing company last year and now I'm my own boss, working from anywhere 🌴 I'm looking for 3 driven people to mentor. Could you hop on a zoom with me and my mentor this week? promise it's worth it 💕"),
  ], focus=True)]),

S("tw-0187", False, "A former coworker resurfaces after two years, but only to pitch an AI ghostwriting tool over a quick call.",
  "reengagement promotional keyword_trap",
  {"a": P("Brandon Keel", tw="brandonkeel")},
  [dm(T, "a", [
      ("a", "-760d 17:00", "good luck with the book launch Sam!"),
      (ME, "+2h", "Thanks Brandon!"),
      ("a", "-2d 11:30", "Sam!! long time 😄 been following your stuff. Quick one: I'm now at Quillmate, our AI writes threads in your voice, creators are 3x-ing output. I'd love to get you set up on a free trial, 10 min call? Can give you a founder discount"),
  ], focus=True)]),

S("tw-0188", False, "A founder asks for Sam's 'feedback' on a pricing tool via a 20-minute demo and pitches an affiliate deal; a demo request dressed as a favour.",
  "promotional first_contact keyword_trap",
  {"a": P("Ravi Kulkarni", tw="ravi_pricelabs")},
  [dm(T, "a", [
      ("a", "-3d 09:10", "Hi Sam, founder of PriceLabs here 👋 We built an AI that generates pricing pages in 60 seconds. Would love your feedback! 20-min demo this week? We also have a creator affiliate program (30% recurring) that'd be a great fit for your audience."),
  ], focus=True)]),

S("tw-0189", False, "A podcast 'feature' invitation turns out to require a production fee.",
  "promotional first_contact keyword_trap",
  {"a": P("Growth Minds Podcast", tw="growthmindspod")},
  [dm(T, "a", [
      ("a", "-2d 13:00", "Hi Sam! 🎙️ Our editorial team selected you to be featured on Growth Minds, the #1 podcast for founders (top 2% globally). Features include a 30-min interview, clips and a press release. A one-time production fee of $450 applies. Shall I send the booking link for your interview call?"),
  ], focus=True)]),

S("tw-0190", False, "A content 'manager' offers to write a guest post for Sam's blog or buy a link insertion; a backlink seller.",
  "spam first_contact",
  {"a": P("Emily Hart", tw="emilyhart_content")},
  [dm(T, "a", [
      ("a", "-1d 03:45", "Hello Sam, I am Emily, content manager. I love your blog samrivera.example! We'd like to contribute a high quality guest post on pricing topic, free of cost. Or we can pay for link insertion in existing article, $80 per link. Kindly let me know. Thanks"),
  ], focus=True)]),

S("tw-0191", False, "A ghostwriter says Sam's threads are great but could 10x inbound with her service, and asks for a quick call.",
  "promotional first_contact keyword_trap",
  {"a": P("Sabrina Volkov", tw="sabrina_ghostwrites")},
  [th(T, [
      (ME, "-1d 09:00", "Most price objections are really scope objections wearing a disguise."),
      ("a", "+25m", "This is so good. You're sitting on a goldmine, posting 3x a week with a ghostwriter would 10x your inbound. I write for 7-figure consultants, open to a quick call? 📈"),
  ], focus=True)]),

S("tw-0192", False, "A known contact introduces Sam to a sales-automation founder in a group DM, and the founder's reply is a demo pitch.",
  "introduction first_contact promotional keyword_trap",
  {"k": P("Jasper Lindgren", tw="jasperlindgren"), "n": P("Chase Whitmore", tw="chase_outbound")},
  [dm(T, "k", [
      ("k", "-280d 14:00", "great seeing you at the conference Sam"),
      (ME, "+2h", "You too Jasper!"),
  ]),
   dm(T, "k n", [
      ("k", "-2d 10:00", "Sam meet Chase, Chase meet Sam. Chase said he wanted to meet you, I'll let you two take it from here 👍"),
      ("n", "+30m", "Thanks Jasper! Sam, great to e-meet. We help consultants automate outbound, 20-30 booked calls a month on autopilot. Would love to give you a 20-min demo, when works?"),
  ], focus=True)]),

S("tw-0193", False, "A 'pricing voices to follow in 2026' list tags fifteen accounts including Sam.",
  "mass_mention small_talk",
  dict(crowd(15, 41), a=P("SaaS Daily Digest", tw="saasdailydigest")),
  [th(T, [
      ("a", "-1d 15:00", "15 pricing voices every founder should follow in 2026 🧵👇 bookmark this one", {"at": ats(15)}),
  ], focus=True)]),

S("tw-0194", False, "A stranger's 'calling it now' prediction gets a one-line reply from Sam and a laughing answer; opinion banter, nobody asks for time.",
  "keyword_trap first_contact reciprocity",
  {"a": P("Dario Kessler", tw="dariokessler")},
  [th(T, [
      ("a", "-2d 18:30", "calling it now: per-seat pricing is dead by 2027 @samrivera_io agree?"),
      (ME, "+1h", "Per-seat will outlive us all, it'll just get a new name."),
      ("a", "+10m", "lmaooo fair. 'per-human-equivalent' incoming"),
  ], focus=True)]),

S("tw-0195", False, "Fast, many-turn banter with a friend about football and pastéis de nata; nothing to call about.",
  "small_talk many_turns fast_reply reciprocity",
  {"a": P("Nuno Falcão", tw="nunofalcao")},
  [dm(T, "a", [
      ("a", "-300d 20:00", "happy new year mate!!"),
      ("a", "-1d 21:40", "did u see that last minute goal 😭😭"),
      (ME, "+2m", "I screamed. The neighbours hate me now."),
      ("a", "+1m", "worth it. pastéis on me saturday if we win the next one"),
      (ME, "+3m", "Deal. Manteigaria, not the tourist place."),
      ("a", "+1m", "obviously, i'm not a monster"),
  ], focus=True)]),

S("tw-0196", False, "A hostile reply says Sam phones it in and that someone should ring Sam's old clients to see how it went.",
  "hostile first_contact keyword_trap",
  {"a": P("Gregor Pike", tw="gregor_pike")},
  [th(T, [
      (ME, "-1d 08:15", "Your first price increase is the scariest. The third one is a Tuesday."),
      ("a", "+35m", "you really phone it in with these one-liners huh. someone should ring your old clients and ask how the 'third increase' went for them"),
  ], focus=True)]),

S("tw-0197", False, "A scheduling tool's bot sends an automated reminder about a call Sam already booked; nothing for Sam to answer.",
  "automated first_contact keyword_trap",
  {"a": P("Calendo Bot", tw="calendo_bot")},
  [dm(T, "a", [
      ("a", "-0d 05:00", "⏰ Reminder: your call 'Pricing intro' with Jess Adair starts tomorrow at 15:00 WEST. Join: calendo.example/j/4821. Reply HELP for help, STOP to unsubscribe."),
  ], focus=True)]),

S("tw-0198", False, "In Spanish, a stranger offers an 'investment opportunity' in a token presale and asks to talk by call.",
  "spam first_contact keyword_trap non_english lang_es",
  {"a": P("Álex Fuentes", tw="alexfuentes_web3")},
  [dm(T, "a", [
      ("a", "-2d 01:15", "Hola Sam 🚀 Te escribo por una oportunidad de inversión exclusiva: preventa de nuestro token con rentabilidad estimada del 40% en 3 meses. Solo 50 plazas para perfiles como el tuyo. ¿Hablamos por llamada hoy o mañana?"),
  ], focus=True)]),

S("tw-0199", False, "In French, the call already took place and the person thanks Sam for it and says they'll keep Sam posted.",
  "closed thanks_only reciprocity non_english lang_fr",
  {"a": P("Maël Garnier", tw="maelgarnier")},
  [dm(T, "a", [
      ("a", "-8d 11:00", "Salut Sam, est-ce qu'on pourrait s'appeler 20 min sur la tarification de mes formations ?"),
      (ME, "+3h", "Avec plaisir, mardi 10h ?"),
      ("a", "+15m", "Parfait, à mardi !"),
      ("a", "-1d 18:20", "Merci encore pour l'appel de ce matin, c'était super clair. Je te tiens au courant quand j'aurai refait la grille 🙏"),
  ], focus=True)]),

S("tw-0200", False, "In German, a genuine request for a phone call from seven weeks ago that nobody followed up on.",
  "ask_call stale first_contact non_english lang_de",
  {"a": P("Jörg Wiesner", tw="joergwiesner")},
  [dm(T, "a", [
      ("a", "-49d 15:30", "Hallo Sam, ich betreibe eine kleine Fahrradwerkstatt in Leipzig und möchte Inspektionspakete einführen. Könnten wir mal kurz telefonieren?"),
  ], focus=True)]),

S("tw-0201", False, "In Portuguese, a stranger recruits Sam into a 'be your own boss' wellness network and asks for a quick call.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": P("Jéssica Moura", tw="jessicamoura_vida")},
  [dm(T, "a", [
      ("a", "-1d 22:15", "Oiii Sam! 😍 Vi o teu perfil e tens mesmo energia de empreendedor. Estou a construir uma equipa com uma marca de bem-estar incrível, ser o teu próprio chefe e trabalhar de onde quiseres 🌿 Fazemos uma chamada rápida de 10 min amanhã?"),
  ], focus=True)]),

S("tw-0202", False, "In Portuguese, Sam asked a café owner for a chat three months ago and never got an answer; Sam's own ask.",
  "owner_only stale ask_chat first_contact non_english lang_pt",
  {"a": P("Tiago Barreiros", tw="tiagobarreiros")},
  [th(T, [
      ("a", "-140d 10:00", "@samrivera_io os preços de café em Lisboa subiram 30% em dois anos, ninguém fala disto"),
      (ME, "+1h", "Falo eu 😄 Estou a escrever sobre isso. Tens 20 minutos para conversarmos? Gostava de ouvir o lado de quem tem um café."),
  ], focus=True)]),

S("tw-0203", False, "In Spanish, someone asks which microphone Sam uses, Sam names it and they say thanks.",
  "trivial_question thanks_only first_contact non_english lang_es",
  {"a": P("Lucía Berrocal", tw="luciaberrocal")},
  [th(T, [
      ("a", "-3d 19:00", "@samrivera_io pregunta random: ¿qué micro usas para el podcast? suena genial"),
      (ME, "+2h", "Un Shure MV7, conectado por USB. Nada más."),
      ("a", "+8m", "gracias crack 🙌"),
  ], focus=True)]),
# ----------------------------------------------------------------- batch 4 positives: asks without the textbook words
S("tw-0204", True, "A founder says she will be in Lisbon next week and offers to buy Sam lunch to sanity-check a planned price doubling; an ask phrased as a statement.",
  "ask_meeting first_contact indirect_ask",
  {"a": P("Corinne Haddad", tw="corinne_ships")},
  [dm(T, "a", [
      ("a", "-1d 19:20", "landing in lisbon tuesday for a few days. we're about to double prices on our scheduling app (yes double) and I'd feel a lot better if someone who's seen this before poked holes in the plan first. lunch is on me, anywhere you like"),
  ], focus=True)]),

S("tw-0205", True, "An agency owner asks, riddled with typos, to hop on a call this week because fixed bids are losing money.",
  "ask_call first_contact typo",
  {"a": P("Dwayne Pritchett", tw="dwaynebuilds")},
  [dm(T, "a", [
      ("a", "-2d 23:05", "hey sam culd we hop on a cal this wk?? we're a 6 person webflow agency and were loosing money on basically every fixd bid project, i think our scoping is the problem but idk. will pay for ur time ofc"),
  ], focus=True)]),

S("tw-0206", True, "A stranger replies publicly under Sam's tweet that she has sent a DM and would love twenty minutes on her studio's day rates.",
  "ask_chat first_contact",
  {"a": P("Tamsin Achebe", tw="tamsin_motion")},
  [th(T, [
      (ME, "-2d 09:30", "A day rate is a price for your calendar. A project fee is a price for the outcome. Know which one you're selling before you quote."),
      ("a", "+3h", "oof. we're a motion design studio quoting day rates for what are very obviously outcomes. DM'd you, would love 20 min if you're up for it"),
  ], focus=True)]),

S("tw-0207", True, "A voice-to-text message without punctuation from a mobile dog groomer says he would love to talk his prices through if Sam ever has half an hour.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Lenny Marsh", tw="lennys_grooming")},
  [dm(T, "a", [
      ("a", "-1d 17:50", "hi sam this is lenny sorry im driving so this is voice to text so i was listening to you on that small business podcast and the bit about charging for the hard jobs yeah that is literally me i run three grooming vans and the big matted dogs take twice as long and i charge the same as a chihuahua anyway if you ever had a spare half hour id really love to talk it through id pay you for it obviously cheers"),
  ], focus=True)]),

S("tw-0208", True, "An ops lead lists the exact scope of work she needs and asks what that would look like from Sam's side, a quote request without the word rates.",
  "ask_rates first_contact",
  {"a": P("Priyanka Oduya", tw="priyanka_ops")},
  [dm(T, "a", [
      ("a", "-3d 11:15", "Hi Sam. What we'd need, roughly: 1) a review of our three plans, 2) a teardown of five competitors, 3) a two-hour session with the leadership team, 4) a written recommendation by end of March. We're a 40-person B2B SaaS in Dublin. What would that look like from your side, ballpark, and could you fit it in?"),
  ], focus=True)]),

S("tw-0209", True, "A sales manager asks whether Sam does workshops for teams, describing a team that discounts too much; an indirect ask for paid work.",
  "indirect_ask first_contact",
  {"a": P("Marcus Feldt", tw="marcusfeldt")},
  [dm(T, "a", [
      ("a", "-2d 14:40", "do you do workshops for teams? I've got 14 account execs who treat discounting like a competitive sport and I'm out of speeches"),
  ], focus=True)]),

S("tw-0210", True, "In a group DM with her two co-founders, one founder asks if the three of them could get half an hour with Sam next week; the others only add emojis.",
  "ask_call first_contact",
  {"a": P("Lina Sorensen", tw="lina_sorensen"), "b": P("Jakob Wendt", tw="jakobwendt"), "c": P("Ade Balogun", tw="ade_balogun")},
  [dm(T, "a b c", [
      ("a", "-2d 10:05", "Hi Sam, Lina here with my co-founders Jakob and Ade. We've been arguing about free trial vs freemium for three weeks and have stopped being productive 😅 Could the three of us get 30 min with you on a call next week? Paid, of course."),
      ("b", "+4m", "can confirm the arguing 🙃"),
      ("c", "+6m", "🙏🙏"),
  ], focus=True)]),

S("tw-0211", True, "A former client who now works at a new company comes back after more than a year with a new packaging project and asks when they can talk.",
  "reengagement ask_chat",
  {"a": P("Dana Whitcombe", tw="danawhitcombe")},
  [dm(T, "a", [
      ("a", "-430d 16:00", "new tiers are live!! thank you for everything Sam, the team is still quoting your 'price the promise' line"),
      (ME, "+2h", "Brilliant, congrats to all of you!"),
      ("a", "-2d 12:30", "Sam! I moved to a dev tools company in January and guess what, their packaging is a mess too. I already told the CEO I know exactly who to bring in. When could we talk about doing a project together again?"),
  ], focus=True)]),

S("tw-0212", True, "Someone Sam met at a pricing breakfast yesterday follows up with context and asks when suits for the follow-up conversation they agreed on.",
  "ask_chat first_contact",
  {"a": P("Oskar Lindahl", tw="oskar_lindahl")},
  [dm(T, "a", [
      ("a", "-0d 06:10", "Morning Sam, Oskar from yesterday's pricing breakfast (the one who wouldn't shut up about usage credits). As promised: we sell API credits in packs of 10k/100k/1M and 70% of revenue comes from customers who buy the smallest pack every week. When suits you for that follow-up we talked about?"),
  ], focus=True)]),

S("tw-0213", True, "A long, rambling DM about a family printing business buries an ask for some time with Sam before the end of the month near the end.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Harriet Oyelowo", tw="harriet_prints")},
  [dm(T, "a", [
      ("a", "-3d 21:40", "Hi Sam, this is going to be long, sorry. My dad started our print shop in 1987 and I took over last year. We do wedding stationery, menus for about thirty restaurants, and a growing amount of packaging for small brands. Paper went up 40% in two years and we absorbed most of it because dad always said you don't raise prices on loyal customers. Our accountant now says we've been working for free since about March. I've read your newsletter for a year and I think the packaging work is where we're most underpriced, but the restaurants are where the volume is. Anyway, if there's any way I could get some time with you before the 30th, when the new paper contract starts, I'd be really grateful. Happy to pay whatever is normal."),
  ], focus=True)]),

S("tw-0214", True, "In all caps and emojis, a founder says their first enterprise lead wants a quote by Friday and asks if she can ring Sam tomorrow.",
  "ask_call ask_help first_contact",
  {"a": P("Kezia Mwangi", tw="kezia_builds")},
  [dm(T, "a", [
      ("a", "-0d 05:45", "SAM 🙏🙏 WE JUST GOT OUR FIRST ENTERPRISE LEAD (2,000 SEATS!!) AND THEY WANT A QUOTE BY FRIDAY. I HAVE ZERO IDEA WHAT TO CHARGE. CAN I RING U TMRW?? 📞😭 will pay whatever"),
  ], focus=True)]),

S("tw-0215", True, "A founder replies to Sam's tweet about pricing pages and, two days later, sends a LinkedIn message asking Sam to look at hers before launch.",
  "cross_platform first_contact ask_feedback",
  {"a": P("Noor Al-Sayed", tw="noor_builds", li=True)},
  [th(T, [
      (ME, "-4d 08:40", "If your pricing page needs a FAQ longer than the page, the page is the problem."),
      ("a", "+1h", "our FAQ has 23 questions 💀 launching the new page in two weeks"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 10:20", "Hi Sam, Noor here, I replied to your FAQ tweet. We launch our new pricing page on the 15th. Would you be willing to review it with me before then? Paid review, of course."),
  ], focus=True)]),

S("tw-0216", True, "In Spanish, a founder says he'll be in Lisbon from the 3rd to the 6th and would love to invite Sam for a coffee to talk about his booking app's prices.",
  "ask_meeting first_contact indirect_ask non_english lang_es",
  {"a": P("Iker Zubiaurre", tw="ikerzubi")},
  [dm(T, "a", [
      ("a", "-2d 20:10", "Hola Sam! Estaré en Lisboa del 3 al 6 por trabajo y me encantaría invitarte a un café. Tenemos una app de reservas para peluquerías en el País Vasco y nos estamos planteando cobrar por reserva en vez de cuota fija. Me vendría genial tu opinión."),
  ], focus=True)]),

S("tw-0217", True, "In Spanish, a manager lists the work she would need (tariff review, a sales workshop, a report) and asks roughly how much it would come to.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Nerea Galdós", tw="nerea_galdos")},
  [dm(T, "a", [
      ("a", "-1d 13:25", "Buenas Sam. Te cuento lo que necesitaríamos: revisar las tarifas de nuestros 3 servicios de mantenimiento, un taller de medio día con el equipo comercial (8 personas) y un informe final con recomendaciones. Somos una empresa de climatización en Valencia. ¿Cuánto sería más o menos y qué plazos manejas?"),
  ], focus=True)]),

S("tw-0218", True, "In sloppy French, a freelance developer asks for twenty minutes to talk about pricing an annual maintenance package and offers to pay.",
  "ask_chat first_contact typo non_english lang_fr",
  {"a": P("Yanis Belkacem", tw="yanis_dev")},
  [dm(T, "a", [
      ("a", "-1d 22:30", "slt sam, jsuis dev freelance et un client me demande un forfait maintenance a l'année, jsais pas du tout comment chiffrer ça sans me faire avoir. t'aurais 20 min pr en parler cette semaine? jte paye le temps bien sur"),
  ], focus=True)]),

S("tw-0219", True, "In French, a former client from two years ago returns with a new project for a second shop and proposes setting up a call.",
  "reengagement ask_call non_english lang_fr",
  {"a": P("Hélène Marchetti", tw="helene_marchetti")},
  [dm(T, "a", [
      ("a", "-700d 18:00", "Merci Sam pour tout, la nouvelle grille tarifaire est en place !"),
      (ME, "+1h", "Avec plaisir Hélène, bonne suite !"),
      ("a", "-3d 09:40", "Bonjour Sam ! Deux ans déjà... La grille tient toujours, mais on ouvre une deuxième boutique à Nantes avec un atelier de réparation, et là on part de zéro sur les prix. Tu serais partant pour remettre ça ? On se cale un appel quand tu peux ?"),
  ], focus=True)]),

S("tw-0220", True, "In German, a sales lead asks whether Sam also runs workshops for teams and describes his nine-person team; an indirect ask for paid work.",
  "indirect_ask first_contact non_english lang_de",
  {"a": P("Timo Brandtner", tw="timobrandtner")},
  [dm(T, "a", [
      ("a", "-2d 15:55", "Hi Sam, machst du eigentlich auch Workshops für Teams? Wir sind 9 Leute im Vertrieb (Software für Steuerkanzleien) und jeder rechnet Rabatte anders. Budget wäre da."),
  ], focus=True)]),

S("tw-0221", True, "In German, someone Sam talked to at a pricing meetup yesterday follows up as Sam suggested and asks when a phone call would suit.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Katrin Vogelsang", tw="katrin_vogelsang")},
  [dm(T, "a", [
      ("a", "-0d 06:20", "Guten Morgen Sam, wir haben gestern Abend beim Pricing-Stammtisch kurz über unsere Wartungsverträge gesprochen. Sie meinten, ich solle mich melden, hiermit getan 🙂 Wann würde Ihnen ein Telefonat passen?"),
  ], focus=True)]),

S("tw-0222", True, "In Portuguese voice-to-text without punctuation, a Braga bike-shop owner asks Sam to phone him this week about service prices.",
  "ask_call first_contact typo non_english lang_pt",
  {"a": P("Vítor Sampaio", tw="vitor_bikes")},
  [dm(T, "a", [
      ("a", "-1d 18:35", "ola sam desculpa isto e mensagem de voz passada a texto tenho uma loja de bicicletas em braga ha oito anos e as revisoes estao a dar prejuizo queria mesmo falar contigo sobre isso consegues ligar me esta semana de manha e melhor obrigado"),
  ], focus=True)]),

S("tw-0223", True, "In Portuguese mixed with English, a Lisbon startup's growth lead asks Sam to look at their pricing page and then talk for fifteen minutes.",
  "ask_feedback ask_chat first_contact non_english lang_pt",
  {"a": P("Inês Loureiro", tw="ines_loureiro")},
  [dm(T, "a", [
      ("a", "-2d 11:50", "Olá Sam! Vi a tua thread sobre pricing pages e senti-me atacada 😅 Somos uma startup B2B aqui em Lisboa e a nossa pricing page está honestly um desastre. Podias dar uma olhada e depois falamos 15 min? Pagamos, claro."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 4 negatives: look like asks, are not
S("tw-0224", False, "A self-described fellow consultant asks to swap notes, and once Sam answers he pitches his own CRM with a demo and a lifetime deal.",
  "promotional first_contact reciprocity keyword_trap",
  {"a": P("Grant Ellery", tw="grant_ellery")},
  [dm(T, "a", [
      ("a", "-2d 10:10", "hey Sam, fellow indie consultant here (ops, not pricing). always nice to find people doing the solo thing properly. would be fun to swap notes sometime"),
      (ME, "+3h", "Hey Grant, sure. What kind of clients do you work with?"),
      ("a", "+20m", "mostly agencies! funny story, I got so fed up with spreadsheets that I built a CRM for solo consultants, Pipeloop. think you'd love it. 20 min and I'll walk you through it + lock you into the lifetime deal before it goes away friday"),
  ], focus=True)]),

S("tw-0225", False, "A one-line cold DM from a growth agency asks if Sam is open to a quick chat about lead flow; a sales opener.",
  "promotional first_contact keyword_trap",
  {"a": P("Jace Holloway", tw="jace_scales")},
  [dm(T, "a", [
      ("a", "-1d 07:55", "open to a quick chat about your lead flow?"),
  ], focus=True)]),

S("tw-0226", False, "A university classmate silent for over two years resurfaces warmly to offer coffee, but the point is selling income-protection insurance.",
  "reengagement promotional keyword_trap",
  {"a": P("Rory Castellan", tw="rorycastellan")},
  [dm(T, "a", [
      ("a", "-880d 21:15", "congrats on the book mate, saw it in a shop in Bristol!"),
      (ME, "+1h", "Ha, thanks Rory!"),
      ("a", "-2d 18:00", "Sam!! been way too long. so I'm with an advisory firm now helping self-employed people sort out income protection and pensions, and honestly you're exactly who I had in mind. coffee this week? my shout, 20 mins and I'll show you the numbers"),
  ], focus=True)]),

S("tw-0227", False, "A brand proposes a 'collab' that turns out to be a paid creator-spotlight package Sam would buy.",
  "promotional first_contact keyword_trap",
  {"a": P("Founders Weekly", tw="foundersweekly_")},
  [dm(T, "a", [
      ("a", "-3d 12:20", "Hey Sam! We'd love to collab 🤝 Your content is a perfect fit for our Creator Spotlight: one dedicated post + story + newsletter mention to 90k founders. This month's package is $350 (normally $600). Want the slot?"),
  ], focus=True)]),

S("tw-0228", False, "An AI-tool founder asks for a 'quick feedback call' that is a walkthrough of his product and an offer of a paid plan.",
  "promotional first_contact keyword_trap",
  {"a": P("Nikhil Varma", tw="nikhil_quotely")},
  [dm(T, "a", [
      ("a", "-2d 16:30", "Hi Sam, big fan. We're building Quotely, an AI that writes and prices freelance proposals in one click. You're literally our ideal user. Would you do a 15 min feedback call? I'll walk you through it live and set you up on Pro (first 3 months 50% off)."),
  ], focus=True)]),

S("tw-0229", False, "An event organiser 'invites' Sam to speak at a summit, where the speaker package costs Sam money.",
  "promotional first_contact keyword_trap",
  {"a": P("Global SaaS Leaders Summit", tw="gsls_summit")},
  [dm(T, "a", [
      ("a", "-1d 09:00", "Dear Sam, congratulations! Our committee has shortlisted you as a speaker at the Global SaaS Leaders Summit in Dubai. Speaker packages start at €1,200 and include a 20-min slot, booth space and a feature in our magazine. Shall we schedule a call to confirm your package?"),
  ], focus=True)]),

S("tw-0230", False, "Someone invites Sam into a paid mastermind for consultants and asks for an 'application call'.",
  "promotional first_contact keyword_trap",
  {"a": P("Brett Kavanagh", tw="brettkav_mastermind")},
  [dm(T, "a", [
      ("a", "-2d 20:45", "Sam, been watching your growth, impressive stuff. I run a private mastermind for consultants breaking 6 figures, 8 seats left for Q3 ($3k/quarter). Not for everyone, which is why we do a short application call first. Want me to send the link?"),
  ], focus=True)]),

S("tw-0231", False, "A reader says she would call Sam's newsletter the only one she reads, makes clear she has no question, and answers Sam's thanks with emojis.",
  "small_talk first_contact reciprocity keyword_trap",
  {"a": P("Bea Thornbury", tw="bea_reads")},
  [dm(T, "a", [
      ("a", "-2d 22:10", "ok I have to say it, I'd call your newsletter the only one I actually open on purpose. no question, no ask, just fangirling quietly 😅"),
      (ME, "+9h", "That genuinely made my morning, thank you Bea!"),
      ("a", "+15m", "🥹🥹"),
  ], focus=True)]),

S("tw-0232", False, "A sarcastic reply mocks Sam's advice to call customers and asks whether Sam charges for such wisdom.",
  "hostile first_contact keyword_trap",
  {"a": P("Vince Harlow", tw="vinceharlow")},
  [th(T, [
      (ME, "-1d 08:00", "Before you raise prices, call five customers and ask what they'd miss if you disappeared."),
      ("a", "+50m", "so the advice is... call the customer?? groundbreaking. do you invoice people for this wisdom too or is it free with the thread"),
  ], focus=True)]),

S("tw-0233", False, "A request for a call about a workshop was moved to e-mail, and the person confirms the contract was signed there; the matter is settled.",
  "closed ask_call reciprocity many_turns",
  {"a": P("Farah Siddiqui", tw="farah_siddiqui")},
  [dm(T, "a", [
      ("a", "-9d 10:30", "Hi Sam, could we do a quick call about a pricing workshop for our design team in May?"),
      (ME, "+2h", "Hi Farah! Easiest by e-mail so I can send the outline and dates: sam@samrivera.example"),
      ("a", "+30m", "Sent!"),
      ("a", "-1d 17:10", "Contract's signed and the invoice is with finance, all sorted over email. See you on 14 May 🙌"),
  ], focus=True)]),

S("tw-0234", False, "A genuine ask for a call about a price increase has been sitting unanswered for about seven weeks.",
  "ask_call stale first_contact",
  {"a": P("Colm Devereux", tw="colm_devereux")},
  [dm(T, "a", [
      ("a", "-48d 13:40", "Hi Sam, we run a language school in Cork and need to put fees up 12% in September. Could we hop on a call sometime this month to talk about how to announce it?"),
  ], focus=True)]),

S("tw-0235", False, "Sam asked a shop owner for a short call for a newsletter piece three months ago and never heard back; Sam's own ask.",
  "owner_only stale ask_call first_contact",
  {"a": P("Morwenna Tregear", tw="morwenna_ceramics")},
  [th(T, [
      ("a", "-96d 15:00", "@samrivera_io we put our mug price up from £18 to £26 and sold MORE. still processing this"),
      (ME, "+2h", "I love this. Would you be up for a 15-minute call? I'd like to write about it in the newsletter."),
  ], focus=True)]),

S("tw-0236", False, "A 'tag three friends' giveaway tweet tags Sam along with a dozen other accounts.",
  "mass_mention promotional",
  dict(crowd(12, 61), a=P("TemplateDrop", tw="templatedrop")),
  [th(T, [
      ("a", "-1d 14:00", "🎁 GIVEAWAY: our full pricing template bundle ($199) to 3 winners! Follow + RT + tag 3 friends. Starting with some legends 👇", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0237", False, "In Spanish, a master's classmate silent for years resurfaces to pitch a real-estate investment and offers to call this week.",
  "reengagement promotional keyword_trap non_english lang_es",
  {"a": P("Borja Llorente", tw="borjallorente")},
  [dm(T, "a", [
      ("a", "-1200d 20:00", "jajaja qué recuerdos del máster, ¡un abrazo Sam!"),
      (ME, "+1d 09:00", "¡Igualmente Borja!"),
      ("a", "-1d 19:30", "¡Sam! Cuánto tiempo. Oye, ahora estoy en inversión inmobiliaria en Madrid, pisos para alquiler con rentabilidades del 7-8% garantizadas. Tengo dos oportunidades que te encajan perfecto. ¿Te llamo esta semana y te lo cuento en 10 minutos?"),
  ], focus=True)]),

S("tw-0238", False, "In Spanish, an account offering a 'collaboration' is selling a sponsored post that Sam would pay for.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Emprende Hoy", tw="emprendehoy_")},
  [dm(T, "a", [
      ("a", "-2d 11:00", "¡Hola Sam! 👋 Nos encantaría colaborar contigo. Tenemos 120k seguidores emprendedores y te proponemos una publicación patrocinada + mención en nuestro podcast por solo 250€. ¿Te interesa que te pasemos el media kit?"),
  ], focus=True)]),

S("tw-0239", False, "In French, someone invites Sam into a paid 'private circle' of consultants via a selection call.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": P("Julien Mercadier", tw="julienmercadier")},
  [dm(T, "a", [
      ("a", "-1d 21:00", "Salut Sam ! Je t'écris parce que ton profil m'a tapé dans l'œil. J'anime un cercle privé de consultants qui veulent passer à 20k/mois, 6 places restantes (1 490 € le trimestre). On se fait un appel de sélection de 15 min cette semaine ?"),
  ], focus=True)]),

S("tw-0240", False, "In French, a sarcastic reply asks whether this is what Sam calls consulting and how much Sam bills for stating the obvious.",
  "hostile first_contact keyword_trap non_english lang_fr",
  {"a": P("Régis Fontanel", tw="regis_fontanel")},
  [th(T, [
      (ME, "-2d 09:10", "Augmenter ses prix, c'est d'abord changer ce qu'on vend, pas l'étiquette."),
      ("a", "+1h", "Et donc on appelle ça du conseil ? 😂 Tu factures combien pour enfoncer des portes ouvertes ?"),
  ], focus=True)]),

S("tw-0241", False, "In German, Sam agreed to a conversation two months ago but the other person never came back, so the thread is stale.",
  "ask_chat stale first_contact reciprocity non_english lang_de",
  {"a": P("Sören Hagedorn", tw="soeren_hagedorn")},
  [dm(T, "a", [
      ("a", "-63d 10:20", "Hallo Sam, hätten Sie Zeit für ein kurzes Gespräch über Preise für unser Coworking in Kiel?"),
      (ME, "+5h", "Hallo Sören, gern. Nächste Woche Dienstag oder Mittwoch?"),
  ], focus=True)]),

S("tw-0242", False, "In German, a one-line cold message asks whether Sam is open to an exchange about getting more leads through LinkedIn; a sales opener.",
  "promotional first_contact keyword_trap non_english lang_de",
  {"a": P("Dennis Krautmann", tw="dennis_leadflow")},
  [dm(T, "a", [
      ("a", "-2d 08:15", "Kurze Frage: offen für einen Austausch, wie Sie planbar 10+ Leads im Monat über LinkedIn bekommen?"),
  ], focus=True)]),

S("tw-0243", False, "In Portuguese, a former colleague resurfaces after years with an invitation to coffee that is really a life-insurance and savings-plan pitch.",
  "reengagement promotional keyword_trap non_english lang_pt",
  {"a": P("Sandra Quaresma", tw="sandraquaresma")},
  [dm(T, "a", [
      ("a", "-1500d 12:00", "Boa sorte na nova aventura Sam! Vamos sentir a tua falta aqui"),
      (ME, "+3h", "Obrigado Sandra! Um beijinho a todos."),
      ("a", "-1d 20:40", "Sam!! Há quanto tempo 😊 Agora trabalho como consultora de proteção financeira, seguros de vida e PPR, e lembrei-me logo de ti por seres independente. Tomamos um café esta semana? Mostro-te umas simulações, são 20 minutos."),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (positives)
S("tw-0244", True, "A volunteer who runs a Lisbon product meetup asks Sam to give a talk in June and wants a quick call to pick the topic.",
  "ask_call first_contact",
  {"a": P("Mateus Ferraz-Kuhn", tw="mateus_builds")},
  [dm(T, "a", [
      ("a", "-2d 18:40", "hey Sam! I co-run Product Tuesdays here in Lisbon (~80 ppl, free, beers after). we'd love you to do a 25 min talk at the june edition. no budget sadly but we'll record it properly and feed you. could we do a quick call this week to pick a topic? 🙏"),
  ], focus=True)]),

S("tw-0245", True, "An independent podcast host invites Sam on the show, Sam asks about the format, and the host proposes a short pre-call to plan the episode.",
  "ask_call first_contact reciprocity",
  {"a": P("Ruthie Okonjo", tw="ruthie_talks")},
  [dm(T, "a", [
      ("a", "-3d 20:15", "Hi Sam, I host Side Door, a small interview podcast about people who left corporate jobs to work for themselves (no sponsors, just me and a mic). I'd love to have you on to talk about the first two years going solo. Interested?"),
      (ME, "+13h", "Hi Ruthie, that sounds fun. What's the format and how long does a recording take?"),
      ("a", "+40m", "Amazing!! ~50 min conversation, recorded remotely, lightly edited. I usually do a 15 min pre-call to find the good stories first, would Thursday or Friday afternoon work for that?"),
  ], focus=True)]),

S("tw-0246", True, "A business journalist on deadline asks Sam for a ten-minute phone conversation for a piece on shrinkflation.",
  "ask_call first_contact",
  {"a": P("Helena Marsh-Oduya", tw="helenamarsh_biz")},
  [dm(T, "a", [
      ("a", "-1d 15:05", "Hi Sam, I'm a reporter at The Ledger writing about shrinkflation in supermarkets (why a bag of crisps is suddenly 130g). Your thread from last week is the clearest thing I've read on it. Could I grab 10 minutes on the phone tomorrow or Thursday? Filing Friday morning."),
  ], focus=True)]),

S("tw-0247", True, "A former agency colleague, silent for two years, proposes building a joint workshop with Sam and asks to get on a call to sketch it.",
  "reengagement ask_call",
  {"a": P("Priscilla Agyeman", tw="prisagyeman")},
  [dm(T, "a", [
      ("a", "-740d 19:00", "saw the book in the airport bookshop!!! so proud of you"),
      (ME, "+1h", "Haha thank you Pris! Hope all's good at the agency."),
      ("a", "-2d 11:20", "ok so hear me out. I left the agency, I've been running sales trainings on my own for a year and every single client asks me about pricing, which is not my thing. you + me, a two-day 'sell it & price it' workshop for small agencies? I have three agencies who'd book tomorrow. can we get on a call and sketch it?"),
  ], focus=True)]),

S("tw-0248", True, "A master's student asks for a twenty-minute informational chat about becoming an independent consultant.",
  "ask_chat first_contact",
  {"a": P("Joaquim Bettencourt", tw="jbettencourt_")},
  [dm(T, "a", [
      ("a", "-2d 09:50", "Hi Sam, sorry for the cold message. I'm finishing my master's in management here in Lisbon and I'm torn between joining a consultancy and trying to go independent straight away (probably stupid, I know). Would you have 20 minutes sometime in the next couple of weeks for an informational chat? I'd come prepared with questions, promise."),
  ], focus=True)]),

S("tw-0249", True, "A founder asks about commission plans for his first salesperson, keeps asking substantive follow-ups as Sam answers within minutes, then offers coffee.",
  "ask_meeting first_contact reciprocity many_turns fast_reply",
  {"a": P("Bastian Ekwueme", tw="bastian_ek")},
  [dm(T, "a", [
      ("a", "-1d 14:02", "quick one: hiring our first AE. base+commission, what split did your clients end up happy with? we're thinking 50/50"),
      (ME, "+6m", "Depends how long the deals take. What's your sales cycle and average deal size?"),
      ("a", "+4m", "~3 months, 18k ARR average"),
      (ME, "+5m", "Then 50/50 will starve them for the first two quarters. Most I've seen do 60/40 with a ramp guarantee."),
      ("a", "+3m", "ramp guarantee meaning we pay the commission anyway for the first x months?"),
      (ME, "+4m", "Yes, a draw against commission for 3-4 months. Worth writing down what happens if they miss."),
      ("a", "+8m", "this is gold. I'm in Lisbon all next week for a conference, can I buy you a coffee and go through the full comp plan? it's my first hire and I really don't want to mess it up"),
  ], focus=True)]),

S("tw-0250", True, "A food-bank network coordinator asks whether Sam could spare an hour of pro-bono help on sliding-scale prices for their catering social enterprise.",
  "ask_help ask_chat first_contact",
  {"a": P("Deirdre Nkemelu", tw="deirdre_foodshare")},
  [dm(T, "a", [
      ("a", "-3d 16:30", "Hello Sam, I coordinate FoodShare Setúbal. We started a small catering business staffed by people from our training programme, and the profit funds the food bank. Companies love it, but we have no idea how to price it: we charge charities and corporates the same, which feels wrong. I know this is a big ask, but could you spare an hour to talk it through with us pro bono? Even a rough direction would help enormously."),
  ], focus=True)]),

S("tw-0251", True, "Under Sam's tweet a translation-agency owner asks a real question, Sam answers, and she asks whether he would look at it properly as paid work.",
  "indirect_ask first_contact reciprocity",
  {"a": P("Ilse van Houten", tw="ilse_translates")},
  [th(T, [
      (ME, "-2d 08:30", "Per-word pricing punishes you for being good at your job. The better you write, the fewer words you need."),
      ("a", "+2h", "we're a 9-person translation agency and this is our entire business model 😬 what do you move to though? per page? per project? clients want a number per word to compare"),
      (ME, "+1h", "Keep a per-word number for comparison, but sell packages by outcome: launch-ready, legal-grade, gist. The per-word becomes the floor, not the price."),
      ("a", "+25m", "ok that's a whole rethink. is that something you'd look at with us properly? paid obviously, I'd rather not improvise this with 40 clients"),
  ], focus=True)]),

S("tw-0252", True, "A former client introduces a founder who needs advice on hiring a head of revenue, and the founder takes it up asking for thirty minutes.",
  "introduction first_contact ask_call",
  {"k": P("Oona Lindgren", tw="oona_lindgren"), "n": P("Kwabena Asante", tw="kwabena_a")},
  [dm(T, "k", [
      ("k", "-100d 10:00", "invoice paid, and the board loved the new packaging deck. thanks Sam!"),
      (ME, "+2h", "Great to hear, Oona. Enjoy the launch!"),
  ]),
   dm(T, "k n", [
      ("k", "-2d 09:15", "Sam meet Kwabena, he's raising a seed round and trying to decide whether to hire a head of revenue before or after. I told him you've watched a dozen companies get this wrong. Kwabena, Sam 👇"),
      ("n", "+1h", "Thanks Oona! Hi Sam, great to meet you. Short version: investors keep asking who owns pricing and sales and the honest answer is me, badly. Would you have 30 min for a call next week? Happy to work around your schedule."),
  ], focus=True)]),

S("tw-0253", True, "A course creator replies to Sam's tweet about workshops and two days later messages on LinkedIn proposing a co-built cohort course and asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Celeste Marnoch", tw="celeste_teaches", li=True)},
  [th(T, [
      (ME, "-4d 10:05", "Taught my 30th pricing workshop yesterday. The best part is always the hour where people price each other's services out loud."),
      ("a", "+2h", "that exercise would be incredible as a cohort course. I run cohorts on freelance ops and my students beg for pricing content"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 12:40", "Hi Sam, Celeste here (replied to your workshop tweet). I'm serious about that: I have a platform, 1,200 alumni and no pricing module. I'd love to co-build a 4-week cohort with you and split revenue. Could we get on a call next week to see if there's something there?"),
  ], focus=True)]),

S("tw-0254", True, "In Spanish, the organiser of a Madrid freelancers' conference invites Sam to speak with travel covered and asks for a call this week.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Almudena Recio", tw="almudena_recio")},
  [dm(T, "a", [
      ("a", "-2d 17:10", "¡Hola Sam! Soy Almudena, organizo Autónomos Fest en Madrid (octubre, unas 400 personas). Nos encantaría que dieras una charla de 30 minutos sobre cómo dejar de cobrar por horas. Cubrimos viaje y alojamiento. ¿Tendrías un rato para una llamada esta semana y lo vemos?"),
  ], focus=True)]),

S("tw-0255", True, "In Spanish, a friend thinking of quitting her job to freelance asks Sam to meet for a coffee and tell her how he did it.",
  "ask_meeting non_english lang_es",
  {"a": P("Lucía Montalbán", tw="luciamontalban")},
  [dm(T, "a", [
      ("a", "-45d 21:00", "jajaja el del gato con la factura es buenísimo"),
      (ME, "+10h", "😂 me lo mandó un cliente"),
      ("a", "-1d 22:30", "Sam, pregunta seria. Llevo meses pensando en dejar la agencia y hacerme freelance y me da un pánico horrible. ¿Me dejas que te invite a un café la semana que viene y me cuentas cómo lo hiciste tú? Lo de los primeros clientes, el dinero, todo. Necesito hablarlo con alguien que lo haya hecho."),
  ], focus=True)]),

S("tw-0256", True, "In French, an editor at a Paris publisher wants to discuss a French edition of Sam's book and asks for a call next week.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Bérénice Lautrec", tw="berenice_lautrec")},
  [dm(T, "a", [
      ("a", "-3d 14:20", "Bonjour Sam, je suis éditrice chez Éditions du Quai, à Paris. Nous avons lu votre livre avec beaucoup d'intérêt et nous aimerions en discuter une édition française (traduction, adaptation des exemples). Votre agent nous a dit de vous contacter directement. Pourrions-nous nous appeler la semaine prochaine ?"),
  ], focus=True)]),

S("tw-0257", True, "In French, the owner of a Lisbon wine bar asks Sam to come by one evening to help him with staff pay, tips and his opening hours.",
  "ask_meeting ask_help first_contact non_english lang_fr",
  {"a": P("Arnaud Pelletier", tw="arnaud_vinho")},
  [dm(T, "a", [
      ("a", "-1d 23:40", "salut sam, arnaud du bar à vins rua da rosa (on s'est croisés au marché de campo de ourique). j'ai 4 serveurs, 2 qui veulent partir, les pourboires c'est le bazar et je sais plus si ça vaut le coup d'ouvrir le lundi. tu passerais au bar un soir qu'on regarde ça ensemble ? je te paie évidemment, et le vin est offert 🍷"),
  ], focus=True)]),

S("tw-0258", True, "In German, an angel investor asks Sam for a thirty-minute phone call about whether a portfolio company should hire a pricing manager.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Friederike Lanz", tw="friederike_lanz")},
  [dm(T, "a", [
      ("a", "-2d 10:35", "Hallo Sam, ich bin Business Angel und in einem Hamburger Logistik-Startup investiert. Das Team will einen Pricing Manager einstellen, ich halte das für verfrüht und würde eher erst mit einem externen Berater arbeiten. Hätten Sie nächste Woche 30 Minuten für ein Telefonat? Gern auch gegen Honorar."),
  ], focus=True)]),

S("tw-0259", True, "In Portuguese, the host of an unpaid Lisbon podcast about small business invites Sam to record an episode in their studio.",
  "ask_meeting first_contact non_english lang_pt",
  {"a": P("Joana Carrilho", tw="joana_carrilho")},
  [dm(T, "a", [
      ("a", "-1d 16:45", "Olá Sam! Sou a Joana, faço o podcast Pequeno Negócio (sem patrocínios, só por gosto 😅). Adorava gravar um episódio contigo sobre como os cafés e as lojas de bairro podem subir preços sem perder clientes. Gravamos no nosso estúdio em Arroios, demora uma horinha. Quando é que te dava jeito passar cá?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 5: an ordinary month (negatives)
S("tw-0260", False, "A long group DM organises a university reunion dinner; Sam confirms he's coming and the rest is social logistics.",
  "small_talk reciprocity many_turns",
  {"a": P("Gemma Halloran", tw="gemmahalloran"), "b": P("Idris Kamau", tw="idris_k"), "c": P("Felix Brannock", tw="felixbrannock")},
  [dm(T, "a b c", [
      ("a", "-80d 20:00", "happy new year you lot 🎆"),
      ("a", "-3d 19:05", "RIGHT. 15 years since graduation (how???). dinner in London, sat 14 june, the Italian place near the old halls. who's in"),
      ("b", "+20m", "in. will need a babysitter but in"),
      ("c", "+45m", "in if someone else books, i booked last time and it was a disaster"),
      (ME, "+2h", "In! I'll fly in that morning. Happy to chip in for the deposit."),
      ("a", "+10m", "legend. deposit is 20 each, I'll send the link. felix you're on cake duty as punishment"),
      ("c", "+5m", "fair 🎂"),
  ], focus=True)]),

S("tw-0261", False, "A scheduling-software startup pitches its booking tool and asks for a quick demo call.",
  "promotional first_contact keyword_trap",
  {"a": P("Rafe Dunleavy", tw="rafe_slotbird")},
  [dm(T, "a", [
      ("a", "-1d 13:30", "Hey Sam! Noticed you run workshops, how are you handling bookings + payments right now? Slotbird does both in one link (and reminds no-shows). Got 15 min this week for a quick demo? First 2 months free for creators 🙌"),
  ], focus=True)]),

S("tw-0262", False, "A recruiter's template DM about a head-of-pricing role asks for a quick call.",
  "recruiter_template first_contact keyword_trap",
  {"a": P("Kendra Vale", tw="kendra_talentpartners")},
  [dm(T, "a", [
      ("a", "-2d 08:45", "Hi Sam, I came across your profile and was really impressed by your background in pricing! I'm currently partnering with a fast-growing fintech on an exciting Head of Pricing opportunity (hybrid, competitive package + equity). Would you be open to a quick call to explore?"),
  ], focus=True)]),

S("tw-0263", False, "A crypto account promotes a token presale and offers to explain it on a call.",
  "spam promotional first_contact keyword_trap",
  {"a": P("NovaChain Official", tw="novachain_presale")},
  [dm(T, "a", [
      ("a", "-1d 03:10", "🚀 Sam, you've been selected for early access to the $NOVA presale! Stage 2 price $0.004, listing at $0.05 (12x). Only 48h left. Want our advisor to walk you through it on a quick call? 💎🔥"),
  ], focus=True)]),

S("tw-0264", False, "A link-in-bio tool sends its weekly automated stats DMs.",
  "automated",
  {"a": P("Linkpond", tw="linkpondapp")},
  [dm(T, "a", [
      ("a", "-8d 07:00", "📊 Your Linkpond week: 412 visits, 38 clicks on 'Book', top link: newsletter. See details: linkpond.example/stats"),
      ("a", "-1d 07:00", "📊 Your Linkpond week: 389 visits, 41 clicks on 'Book', top link: workshop dates. See details: linkpond.example/stats"),
  ], focus=True)]),

S("tw-0265", False, "A known mutual and Sam trade fast jokes under Sam's tweet about airport coffee prices; banter with nothing to continue.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Dom Achterberg", tw="dom_achterberg")},
  [dm(T, "a", [
      ("a", "-50d 12:00", "good luck with the launch mate"),
      (ME, "+1h", "Cheers Dom!"),
  ]),
   th(T, [
      (ME, "-1d 07:40", "€6.80 for a flat white at the airport. Not angry, just taking notes on their value proposition."),
      ("a", "+5m", "the value proposition is 'you have no other option' 😂"),
      (ME, "+3m", "Captive audience pricing. A classic."),
      ("a", "+2m", "next thread: pricing lessons from airport sandwiches"),
      (ME, "+4m", "Don't tempt me."),
      ("a", "+1m", "🥪📈"),
  ], focus=True)]),

S("tw-0266", False, "A stranger asks for the title of a negotiation book Sam mentioned, Sam names it, and they say thanks.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Tobi Adewale", tw="tobi_adewale")},
  [th(T, [
      (ME, "-2d 09:00", "Still the best negotiation advice I've read: the first number anchors everything, so make sure it's yours."),
      ("a", "+1h", "what's the book? you mentioned it in a thread once and I lost it"),
      (ME, "+40m", "The Anchor Effect by Lena Marsh, chapter four."),
      ("a", "+5m", "that's the one, thanks!"),
  ], focus=True)]),

S("tw-0267", False, "A podcast recording Sam agreed to has happened and the host sends the episode link with thanks; the matter is closed.",
  "closed thanks_only reciprocity many_turns ask_call",
  {"a": P("Marguerite Osei", tw="marg_osei")},
  [dm(T, "a", [
      ("a", "-13d 10:00", "Hi Sam! Would you come on The Bootstrap Hour? Could we do a quick call first to plan?"),
      (ME, "+3h", "Sure, Tuesday 3pm works."),
      ("a", "+20m", "Booked! Talk then."),
      ("a", "-1d 17:30", "Episode is live!! thanks so much for doing it, the bit about the coffee shop already has people quoting it 🙌 link: bootstraphour.example/ep88"),
  ], focus=True)]),

S("tw-0268", False, "A journalist's request for a phone comment is about two months old and her deadline has long passed.",
  "ask_call stale first_contact",
  {"a": P("Saoirse Whelan", tw="saoirse_reports")},
  [dm(T, "a", [
      ("a", "-58d 11:10", "Hi Sam, I'm writing about streaming price rises for the Dublin Courier. Any chance of a quick phone chat today or tomorrow? Deadline Thursday."),
  ], focus=True)]),

S("tw-0269", False, "A 'pricing voices to follow' list tweet tags Sam with more than a dozen other accounts.",
  "mass_mention",
  dict(crowd(14, 71), a=P("SaaS Digest", tw="saasdigest")),
  [th(T, [
      ("a", "-1d 15:00", "14 pricing voices every founder should follow in 2025 🧵👇 (no particular order)", {"at": ats(14)}),
  ], focus=True)]),

S("tw-0270", False, "Sam offered to speak at a meetup under the organiser's tweet two months ago and nobody answered; Sam's own ask.",
  "owner_only stale",
  {"a": P("Porto Startup Drinks", tw="portostartupdrinks")},
  [th(T, [
      (ME, "-70d 12:00", "Would love to do a short talk on pricing at one of these if you're looking for speakers. Happy to come up to Porto."),
  ], focus=True, root="a")]),

S("tw-0271", False, "A stranger replies to Sam's book announcement with mockery.",
  "hostile first_contact",
  {"a": P("Gaz Hewitt", tw="gazhewitt77")},
  [th(T, [
      (ME, "-2d 09:30", "The paperback edition is out today, with a new chapter on subscriptions. Thank you to everyone who wrote in with their stories."),
      ("a", "+3h", "a whole book to say 'charge more' lol. who is buying this"),
  ], focus=True)]),

S("tw-0272", False, "An events company sells Sam sponsorship packages for a founders' conference and asks to jump on a call.",
  "promotional first_contact keyword_trap",
  {"a": P("Trinity Okafor", tw="trinity_summitco")},
  [dm(T, "a", [
      ("a", "-2d 10:20", "Hi Sam! We're putting together partners for Founders Forward Lisbon (600 founders, Nov). Given your audience, a Silver sponsorship (€2,500: booth, logo, 10-min stage slot) would be a great fit. Can we jump on a call to walk you through the packages?"),
  ], focus=True)]),

S("tw-0273", False, "A friend asked Sam for an introduction, Sam made it, and the friend thanks him; nothing left to do.",
  "closed thanks_only reciprocity",
  {"a": P("Nadim Haddad", tw="nadim_haddad")},
  [dm(T, "a", [
      ("a", "-4d 18:00", "hey, do you still know someone at Formsmith? applying for their ops role"),
      (ME, "+2h", "Yes, Marta on the revenue team. Just emailed you both."),
      ("a", "-2d 09:15", "she replied already and put me forward internally. you're a legend, thank you 🙏"),
  ], focus=True)]),

S("tw-0274", False, "A business coach offers Sam a free strategy session to scale to seven figures; a sales opener.",
  "promotional first_contact keyword_trap",
  {"a": P("Jordan Steele", tw="jordansteele_coach")},
  [dm(T, "a", [
      ("a", "-1d 19:45", "Sam, love what you're building. Quick q: what's stopping you from hitting 7 figures this year? I help expert consultants productise and scale without burning out. I've opened 3 free strategy sessions this week, want one?"),
  ], focus=True)]),

S("tw-0275", False, "A founder asked for a call about fundraising, Sam said it is not his area and pointed him elsewhere, and the founder accepted.",
  "closed declined reciprocity ask_call first_contact",
  {"a": P("Ezra Mandelbaum", tw="ezra_mandel")},
  [dm(T, "a", [
      ("a", "-6d 16:00", "Hi Sam, raising a pre-seed and my valuation conversations are a mess. Could we do a call about how to price the round?"),
      (ME, "+5h", "Hi Ezra, honestly that's not my area: I work on product pricing, not valuations. Talk to Leonor Batalha, she's done dozens of pre-seed rounds."),
      ("a", "+30m", "makes total sense, thanks for the pointer! will reach out to her"),
  ], focus=True)]),

S("tw-0276", False, "In Spanish, an old acquaintance jokes under Sam's tweet about Lisbon rents and signs off with 'ya hablamos'.",
  "small_talk keyword_trap reciprocity non_english lang_es",
  {"a": P("Quique Arrieta", tw="quiquearrieta")},
  [dm(T, "a", [
      ("a", "-60d 22:00", "crack 👏"),
  ]),
   th(T, [
      (ME, "-1d 10:10", "Lisboa: el alquiler sube un 30% y el café sigue a 80 céntimos. Alguien está subvencionando a alguien."),
      ("a", "+1h", "jajaja el día que el café pase de 1€ hay revolución en Portugal 😂 ya hablamos, crack"),
      (ME, "+2h", "😂 Abrazo!"),
  ], focus=True)]),

S("tw-0277", False, "In Spanish, a social-media agency offers to manage Sam's accounts and asks to schedule a call.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Vórtice Social", tw="vortice_social")},
  [dm(T, "a", [
      ("a", "-2d 12:00", "¡Hola Sam! 👋 Hemos analizado tu perfil y vemos mucho potencial sin explotar. Gestionamos redes de consultores y expertos: contenido, crecimiento y captación de leads desde 390€/mes. ¿Agendamos una llamada de 20 minutos para contarte la estrategia?"),
  ], focus=True)]),

S("tw-0278", False, "In French, a reader thanks Sam for a thread in one line with an emoji.",
  "thanks_only first_contact non_english lang_fr",
  {"a": P("Clémence Aubry", tw="clemaubry")},
  [th(T, [
      (ME, "-2d 08:00", "Un devis n'est pas une facture anticipée, c'est un argument de vente. Petit fil sur comment je les rédige 🧵"),
      ("a", "+3h", "merci, super utile ce fil 🙏"),
  ], focus=True)]),

S("tw-0279", False, "In French, a meetup account sends an automated reminder that tomorrow's event starts at 7pm.",
  "automated non_english lang_fr",
  {"a": P("Freelances de Lisbonne", tw="freelances_lx")},
  [dm(T, "a", [
      ("a", "-0d 05:00", "🔔 Rappel automatique : l'apéro des Freelances de Lisbonne, c'est demain à 19h à la Casa Azul (Alcântara). Votre inscription est confirmée. Pour annuler : freelanceslx.example/annuler"),
  ], focus=True)]),

S("tw-0280", False, "In German, a university lecturer's request for a guest lecture and a short phone call is three months old and unanswered.",
  "ask_call stale first_contact non_english lang_de",
  {"a": P("Prof. Ulrike Stamm", tw="ulrike_stamm")},
  [dm(T, "a", [
      ("a", "-95d 14:30", "Sehr geehrter Herr Rivera, ich unterrichte Marketing an der Hochschule Bremen und würde Sie gern für einen Gastvortrag im Sommersemester gewinnen. Könnten wir dazu kurz telefonieren?"),
  ], focus=True)]),

S("tw-0281", False, "In German, a stranger answers Sam's tweet about meetings with a joke that it could have been an email.",
  "small_talk keyword_trap first_contact non_english lang_de",
  {"a": P("Malte Ohlsen", tw="malteohlsen")},
  [th(T, [
      (ME, "-1d 09:20", "Die teuerste Zeile in jedem Budget: 'Abstimmungstermin, 8 Personen, 1 Stunde'."),
      ("a", "+2h", "Und am Ende hätte das Meeting auch eine Mail sein können. Geschichte meines Berufslebens 😂"),
  ], focus=True)]),

S("tw-0282", False, "In Portuguese, a trading 'mentor' boasts of weekly gains and offers to explain them on a call.",
  "spam promotional first_contact keyword_trap non_english lang_pt",
  {"a": P("Diogo Trader Pro", tw="diogo_traderpro")},
  [dm(T, "a", [
      ("a", "-1d 02:40", "Boas Sam! Esta semana fiz 3.200€ com o meu método de trading 📈 sem experiência nenhuma. Só estou a ajudar 5 pessoas este mês. Queres que te explique numa chamada rápida? 💰"),
  ], focus=True)]),

S("tw-0283", False, "In Portuguese, someone asks what time Sam's Lisbon meetup starts, Sam answers, and they say thanks.",
  "trivial_question thanks_only reciprocity first_contact non_english lang_pt",
  {"a": P("Rui Valadares", tw="ruivaladares")},
  [th(T, [
      (ME, "-2d 10:00", "Quinta-feira falo sobre preços para negócios locais no encontro da Casa das Startups. Entrada livre."),
      ("a", "+1h", "a que horas começa?"),
      (ME, "+20m", "Às 18h30."),
      ("a", "+10m", "obrigado, até lá!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 6 (0284-0323)
S("tw-0284", True, "The organiser of a Berlin product-management conference asks Sam to run a half-day pricing workshop and wants a call to scope it.",
  "ask_call first_contact",
  {"a": P("Lene Vogtmann", tw="lene_vogtmann")},
  [dm(T, "a", [
      ("a", "-2d 15:20", "Hi Sam, Lene here, I help run ProductCamp Berlin (about 400 PMs, late September). This year we're adding a workshop track and several people asked for you by name. Would you run a half-day pricing workshop? We pay a fee and travel. Could we do a call next week to scope it?"),
  ], focus=True)]),

S("tw-0285", True, "A reader who found Sam's old thread asks several substantive questions about pricing a translation agency, Sam answers quickly each time, and she keeps going.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Ifeoma Chukwu", tw="ifeoma_translates")},
  [th(T, [
      ("a", "-2d 10:05", "@samrivera_io sorry to dig up your old thread but: you say never price per word. we're a 6-person translation agency and literally every client asks for per-word quotes. what would you do instead?"),
      (ME, "+12m", "Quote per project with the per-word figure as a sanity check underneath. Clients want comparability, not per-word billing as such."),
      ("a", "+9m", "ok and rush jobs? we currently add 25% and people just say fine, which makes me think it's too low"),
      (ME, "+15m", "If nobody ever pushes back, it's too low. Try 50% for under-48h and see who still says fine."),
      ("a", "+6m", "last one I promise: legal/medical vs marketing copy, same base rate? we do it the same right now and the legal stuff takes us 3x as long"),
  ], focus=True)]),

S("tw-0286", True, "A journalist writing about concert ticket prices asks Sam for a ten-minute phone interview before Thursday.",
  "ask_call first_contact",
  {"a": P("Owain Prydderch", tw="owainprydd")},
  [dm(T, "a", [
      ("a", "-1d 13:40", "Hi Sam, I'm writing a piece for a music magazine on dynamic pricing for concert tickets after the festival fiasco last month. Could I grab 10 minutes on the phone before Thursday? I'd quote you by name."),
  ], focus=True)]),

S("tw-0287", True, "A former client from three years ago returns with a new bakery business and asks if Sam can look at her wholesale prices on a call.",
  "reengagement ask_call ask_help",
  {"a": P("Rosalind Achterberg", tw="ros_bakes")},
  [dm(T, "a", [
      ("a", "-1100d 11:00", "Invoice paid! Thanks again for the workshop, the team loved it."),
      (ME, "+2h", "Thank you Rosalind, good luck with the launch!"),
      ("a", "-3d 17:15", "Sam!! Long time. I left the agency and opened a bakery (I know 😅). Three cafés want to buy our sourdough wholesale and I have no idea what to charge them vs retail. Any chance of a call? Paid, obviously, you've earned it."),
  ], focus=True)]),

S("tw-0288", True, "A university student asks for a short informational chat about working as an independent consultant, politely and with flexible timing.",
  "ask_chat first_contact indirect_ask",
  {"a": P("Tobiah Renshaw", tw="tobiahrenshaw")},
  [dm(T, "a", [
      ("a", "-4d 20:30", "Hi Sam, I'm in my final year of economics at Leeds and I've been reading your newsletter since first year. I'm trying to figure out if consulting on my own is even realistic after a few years somewhere. If you ever had 20 minutes for a chat I'd be really grateful, any time that suits you, even a month from now."),
  ], focus=True)]),

S("tw-0289", True, "Under Sam's post about a community fridge, a neighbourhood association volunteer asks if Sam could help them set suggested prices for their new repair café and proposes meeting.",
  "ask_meeting ask_help first_contact reciprocity",
  {"a": P("Mariana Leitão", tw="mari_leitao")},
  [th(T, [
      (ME, "-3d 09:00", "Our street now has a community fridge. Nobody priced anything and it's the most efficient market I've seen all year."),
      ("a", "+2h", "love this. we're opening a repair café in Arroios in June and can't agree on 'pay what you want' vs suggested prices. would you meet a couple of us for a coffee and help us think it through?"),
      (ME, "+40m", "Happy to, that sounds fun. DM me."),
      ("a", "+10m", "done 🙌"),
  ], focus=True)]),

S("tw-0290", True, "A SaaS founder asks Sam to review the pricing page they are about to launch and asks if he has time this week.",
  "ask_feedback first_contact",
  {"a": P("Dmitri Kovalenko", tw="dkovalenko_dev")},
  [dm(T, "a", [
      ("a", "-1d 16:50", "hey Sam, we launch our new pricing page on Monday (3 tiers, usage add-on). would you be willing to tear it apart before then? happy to pay your review rate. link: staging.formloop.example/pricing. do you have time this week?"),
  ], focus=True)]),

S("tw-0291", True, "A podcast host whom Sam met at a conference follows up to book a recording and asks for a quick prep call.",
  "ask_call reciprocity",
  {"a": P("Jasper Oduya", tw="jasperoduya")},
  [dm(T, "a", [
      ("a", "-30d 19:00", "Great meeting you at the Lisbon event! I'll ping you about the show."),
      (ME, "+1h", "Likewise Jasper, please do."),
      ("a", "-2d 11:30", "As promised 🙂 Would you come on 'Small Shop Big Numbers'? 40 min episode on raising prices without losing regulars. Can we do a 15-min prep call first, maybe Friday?"),
      (ME, "+3h", "Yes to both. Friday after 2pm Lisbon time works."),
      ("a", "+20m", "Perfect, I'll send an invite for 3pm."),
  ], focus=True)]),

S("tw-0292", True, "A founder Sam met at a dinner writes on Twitter and, the same week, on LinkedIn about hiring Sam for a pricing project.",
  "cross_platform first_contact ask_call ask_rates",
  {"a": P("Helga Sørbø", tw="helgasorbo", li=True)},
  [dm(T, "a", [
      ("a", "-2d 09:15", "Hi Sam, Helga from the dinner at Tiago's. As promised: we'd like help repricing our B2B plans before our Series A. Can you send your rates and a couple of slots for a call? Also messaged on LinkedIn in case you live there more."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 18:40", "Sam, lovely to meet you last night. Following up as promised re: the pricing project. When could we talk?"),
  ], focus=True)]),

S("tw-0293", True, "An old friend from university, silent for years, proposes co-writing a short course on pricing for architects and asks for a video call.",
  "reengagement ask_call",
  {"a": P("Catriona Mabey", tw="catmabey_arch")},
  [dm(T, "a", [
      ("a", "-900d 21:00", "happy new year you!! 🎉"),
      ("a", "-3d 14:00", "Sam! It's been ages. Mad idea: I now teach at the architecture school and our graduates have zero clue how to price. Would you want to co-write a short online course with me? I have a platform interested. Can we do a video call to talk it through?"),
  ], focus=True)]),

S("tw-0294", True, "A nonprofit that runs coding bootcamps asks whether Sam would take on advising them about sliding-scale tuition, pro bono or discounted.",
  "ask_help first_contact indirect_ask",
  {"a": P("Code Ponte", tw="codeponte")},
  [dm(T, "a", [
      ("a", "-2d 12:10", "Hello Sam, I'm Nneka, director of Code Ponte (free and low-cost coding bootcamps in Lisbon). We want to introduce income-based tuition so we can grow without grants only, and frankly we don't know how to set it. Is that the kind of thing you'd take on? We can't pay much but we can pay something."),
  ], focus=True)]),

S("tw-0295", True, "In Spanish, a Valencia co-op of furniture makers asks for a call to revise their commission prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Cooperativa Fusta", tw="coopfusta")},
  [dm(T, "a", [
      ("a", "-3d 10:45", "Hola Sam, somos una cooperativa de ebanistas en Valencia (7 socios). Nos piden cada vez más muebles a medida y cobramos casi lo mismo que por el catálogo, así no salen las cuentas. ¿Tendrías un rato para una llamada la semana que viene? Pagamos tu tiempo, claro."),
  ], focus=True)]),

S("tw-0296", True, "In French, a Montreal radio producer invites Sam to a live segment on inflation and asks to call him beforehand.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Gaëlle Thibodeau", tw="gaelle_radio")},
  [dm(T, "a", [
      ("a", "-1d 17:05", "Bonjour Sam, je suis réalisatrice à une radio de Montréal. On prépare une émission sur la « shrinkflation » mardi prochain et on aimerait vous avoir en direct 8 minutes (par téléphone, en français si possible). Est-ce que je pourrais vous appeler demain pour préparer ? Merci !"),
  ], focus=True)]),

S("tw-0297", True, "In German, a Hamburg agency owner asks if Sam would mentor her for a few months while she switches to fixed prices.",
  "ask_help ask_call first_contact non_english lang_de",
  {"a": P("Svenja Harmsen", tw="svenja_harmsen")},
  [dm(T, "a", [
      ("a", "-2d 19:20", "Hallo Sam, ich führe eine kleine Webagentur in Hamburg (5 Leute) und will weg von Stundensätzen. Ich suche jemanden, der mich ein paar Monate begleitet, so einmal im Monat eine Stunde. Machst du sowas? Können wir mal telefonieren?"),
  ], focus=True)]),

S("tw-0298", True, "In Portuguese, the owner of a surf hostel in Ericeira asks Sam for a chat about seasonal pricing, and replies after Sam asks when.",
  "ask_chat first_contact reciprocity non_english lang_pt",
  {"a": P("Tomás Brazão", tw="tomasbrazao")},
  [dm(T, "a", [
      ("a", "-4d 11:00", "Olá Sam, tenho um hostel de surf na Ericeira e no inverno fica às moscas. Gostava de falar contigo sobre preços por época, se tiveres disponibilidade. Pagamos, claro."),
      (ME, "+3h", "Olá Tomás, com todo o gosto. Que dias te dão jeito?"),
      ("a", "-1d 09:30", "Desculpa a demora! Quinta ou sexta à tarde? Posso ir a Lisboa ou falamos por vídeo, como preferires."),
  ], focus=True)]),

S("tw-0299", True, "A colleague introduces a museum's commercial director in a group DM, and the director asks for a call about ticket and membership prices.",
  "introduction first_contact ask_call",
  {"k": P("Benedikt Auer", tw="benauer"), "n": P("Philippa Marlowe", tw="pmarlowe_museum")},
  [dm(T, "k", [
      ("k", "-200d 12:00", "thanks for the shoutout in the newsletter, made my week"),
  ]),
   dm(T, "k n", [
      ("k", "-3d 15:00", "Sam meet Philippa, commercial director at the Harbour Museum. They're rethinking tickets + memberships and I said you're the person. Over to you two!"),
      ("n", "+2h", "Thank you Benedikt! Hi Sam, lovely to meet you. We're considering a big change to membership tiers before the new wing opens. Could we find 30 minutes for a call in the next fortnight?"),
  ], focus=True)]),

# ---- negatives
S("tw-0300", False, "A pile-on under Sam's post about tipping: strangers trading insults with each other and with Sam.",
  "hostile first_contact",
  {"a": P("Brent Kowalczyk", tw="brentk_88"), "b": P("Lyssa Marchant", tw="lyssamarchant")},
  [th(T, [
      (ME, "-1d 10:00", "Tipping is a pricing failure disguised as generosity. The menu price should be the price."),
      ("a", "+1h", "spoken like someone who's never waited a table in his life"),
      ("b", "+20m", "he's right though, Brent, and you're being weird about it", {"re": 1}),
      ("a", "+5m", "nobody asked you Lyssa. and Sam go back to your spreadsheets clown 🤡"),
  ], focus=True)]),

S("tw-0301", False, "Fast, friendly banter with a fellow writer about coffee prices under Sam's tweet; nothing to continue.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Nico Halvorsen", tw="nicohalv")},
  [dm(T, "a", [
      ("a", "-300d 12:00", "see you at the book fair!"),
  ]),
   th(T, [
      (ME, "-2d 08:30", "A €6 flat white in Lisbon. We have reached the end of history."),
      ("a", "+4m", "in Oslo that's the cheap one 😭"),
      (ME, "+3m", "Oslo is not a city, it's a luxury product"),
      ("a", "+2m", "fair. bring me a pastel de nata as a consulting fee"),
      (ME, "+5m", "Deal. Invoice to follow 🥐"),
  ], focus=True)]),

S("tw-0302", False, "A giveaway tweet tags Sam along with a dozen other accounts.",
  "mass_mention promotional",
  dict(crowd(12, 84), a=P("DeskPal", tw="deskpal_app")),
  [th(T, [
      ("a", "-1d 13:00", "🎁 GIVEAWAY: 3 standing desks! Follow + RT + tag a friend who works from home. Shoutout to some of our favourite WFH voices 👇", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0303", False, "A stranger asks which book Sam would recommend on pricing, Sam names one, and they say thanks.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Hamish Tulloch", tw="hamishtulloch")},
  [th(T, [
      (ME, "-3d 09:40", "Reading list for the summer: anything you'd add?"),
      ("a", "+1h", "what's the one pricing book you'd give a complete beginner?"),
      (ME, "+15m", "'Confessions of the Pricing Man', then come back and argue with me."),
      ("a", "+5m", "ordered, cheers"),
  ], focus=True)]),

S("tw-0304", False, "A lead-generation agency writes a personalised-sounding DM and asks for a quick call about booking more clients.",
  "promotional first_contact keyword_trap",
  {"a": P("Brandon Whitcombe", tw="bwhitcombe_growth")},
  [dm(T, "a", [
      ("a", "-2d 15:00", "Sam, your thread on anchoring was 🔥. Curious: how are you currently getting consulting clients? We've helped 40+ consultants add 5-8 booked calls a month on autopilot. Worth a quick 15-min call to see if it fits?"),
  ], focus=True)]),

S("tw-0305", False, "A founder asked for a call, it happened, and he writes to thank Sam; closed.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": P("Anselm Kirchhoff", tw="anselmk")},
  [dm(T, "a", [
      ("a", "-9d 10:00", "Hi Sam, could we do 20 min this week about our freemium limit? Users never upgrade."),
      (ME, "+2h", "Sure, Wednesday 11:00 UK?"),
      ("a", "+10m", "👍"),
      ("a", "-5d 12:30", "Thanks again for yesterday, super clear. We're moving the limit to 3 projects and testing for a month. Really appreciate it!"),
  ], focus=True)]),

S("tw-0306", False, "A designer asked Sam to speak at a meetup seven weeks ago and never followed up after Sam's reply; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Keziah Obi", tw="keziahobi")},
  [dm(T, "a", [
      ("a", "-52d 18:00", "Hi Sam, would you speak at our design meetup in the spring? Could we jump on a call to discuss?"),
      (ME, "+4h", "Hi Keziah, sounds great. Send me a couple of dates and let's talk."),
  ], focus=True)]),

S("tw-0307", False, "A crypto project invites Sam to an 'exclusive founder call' for a token presale.",
  "spam promotional first_contact keyword_trap",
  {"a": P("Vault Nexus", tw="vaultnexus_io")},
  [dm(T, "a", [
      ("a", "-1d 03:10", "GM Sam 🚀 You've been selected for the $VNX whitelist (only 200 spots). Join our exclusive founder call tonight to secure early allocation at 0.004. Link expires in 12h ⏳"),
  ], focus=True)]),

S("tw-0308", False, "Sam asked a former client on Twitter whether she wanted to catch up on a call, two months ago, with no answer.",
  "owner_only stale ask_call",
  {"a": P("Odette Frain", tw="odettefrain")},
  [dm(T, "a", [
      ("a", "-400d 10:00", "Thanks for the pricing review, board approved it!"),
      (ME, "-75d 09:00", "Hi Odette, it's been a year since the new prices: would you be up for a quick call to see how it went? Would love to hear."),
  ], focus=True)]),

S("tw-0309", False, "A reader replies to Sam's post with only clapping emoji.",
  "emoji_only first_contact",
  {"a": P("Parveen Gill", tw="parveengill")},
  [th(T, [
      (ME, "-2d 08:10", "Your price is a story you tell about your customer. Tell a better story."),
      ("a", "+2h", "👏👏👏"),
  ], focus=True)]),

S("tw-0310", False, "A stranger says 'let's call it what it is' under Sam's tweet about surge pricing; an opinion, no ask.",
  "keyword_trap first_contact",
  {"a": P("Rory Gallacher", tw="rorygallacher")},
  [th(T, [
      (ME, "-1d 09:00", "Ride apps don't have surge pricing any more, they have 'priority fees'. Same thing, better name."),
      ("a", "+1h", "let's call it what it is: charging people more when it's raining and they're desperate. the name change is the tell"),
  ], focus=True)]),

S("tw-0311", False, "A ghostwriting service offers to write Sam's threads and asks to hop on a call.",
  "promotional first_contact keyword_trap",
  {"a": P("Threadsmith", tw="threadsmith_co")},
  [dm(T, "a", [
      ("a", "-3d 14:20", "Hey Sam! Love your voice. Imagine posting daily without writing a word. Our writers ghostwrite for 90+ founders. Packages from $900/mo. Hop on a quick call this week?"),
  ], focus=True)]),

S("tw-0312", False, "An X notification DM about a new login to Sam's account.",
  "automated",
  {"a": P("X Safety", tw="xsafety_notices")},
  [dm(T, "a", [
      ("a", "-1d 04:12", "We noticed a login to your account @samrivera_io from a new device on Chrome in Lisbon, Portugal. If this was you, you can ignore this message."),
  ], focus=True)]),

S("tw-0313", False, "A company asked Sam for a quote, Sam sent it, and they replied they went with someone in-house; declined.",
  "closed declined ask_rates reciprocity first_contact",
  {"a": P("Lorcan Bright", tw="lorcanbright")},
  [dm(T, "a", [
      ("a", "-10d 10:00", "Hi Sam, what would a pricing audit for a 30-person SaaS cost roughly?"),
      (ME, "+3h", "Hi Lorcan, typically €6-9k depending on scope; happy to send a proposal."),
      ("a", "-4d 16:00", "Thanks Sam, appreciate the quick answer. We've decided to handle it internally with our new head of product for now. Will keep you in mind!"),
  ], focus=True)]),

S("tw-0314", False, "Someone mocks Sam's workshop announcement, saying someone should call him out.",
  "hostile keyword_trap first_contact",
  {"a": P("Trev Ashdown", tw="trevashdown")},
  [th(T, [
      (ME, "-2d 10:00", "Two seats left for the online workshop on raising prices, Thursday 5pm."),
      ("a", "+30m", "€300 to be told to raise prices. someone should call this guy out, it's the grift of the decade"),
  ], focus=True)]),

S("tw-0315", False, "A friend replies 'calling it now' about a football match under Sam's tweet; banter.",
  "small_talk keyword_trap reciprocity",
  {"a": P("Dev Raghunathan", tw="devraghu")},
  [dm(T, "a", [
      ("a", "-90d 19:00", "pint soon?"),
      (ME, "+1h", "always"),
  ]),
   th(T, [
      (ME, "-1d 18:00", "Derby tonight. Pricing lesson: the tickets were €90 and still sold out in 4 minutes."),
      ("a", "+20m", "calling it now, 3-1 and you're buying the drinks next week"),
      (ME, "+5m", "You're on."),
  ], focus=True)]),

S("tw-0316", False, "In Spanish, a fan praises Sam's newsletter with no ask.",
  "small_talk first_contact non_english lang_es",
  {"a": P("Lucía Membrives", tw="luciamembrives")},
  [dm(T, "a", [
      ("a", "-2d 21:00", "Hola Sam! Solo quería decirte que tu newsletter es lo único que leo entero cada semana. Gracias por escribirla, de verdad ❤️"),
  ], focus=True)]),

S("tw-0317", False, "In Spanish, a marketing course seller invites Sam to a 'sesión estratégica gratuita'.",
  "promotional first_contact keyword_trap non_english lang_es",
  {"a": P("Álex Funnels", tw="alexfunnels_es")},
  [dm(T, "a", [
      ("a", "-1d 12:30", "¡Ey Sam! 🔥 Tengo un sistema para que consultores facturen 10k/mes con un solo embudo. Esta semana regalo 3 sesiones estratégicas gratuitas de 45 min. ¿Te reservo una?"),
  ], focus=True)]),

S("tw-0318", False, "In French, a reader's question about VAT on invoices was answered in one line and closed with thanks.",
  "trivial_question thanks_only reciprocity first_contact non_english lang_fr",
  {"a": P("Bastien Lemaire", tw="bastienlemaire")},
  [th(T, [
      (ME, "-3d 09:00", "Petit rappel : un prix affiché sans préciser HT ou TTC, c'est une dispute qui attend son heure."),
      ("a", "+1h", "pour un freelance en franchise de TVA on met quoi sur la facture ?"),
      (ME, "+20m", "La mention « TVA non applicable, art. 293 B du CGI »."),
      ("a", "+5m", "merci beaucoup !"),
  ], focus=True)]),

S("tw-0319", False, "In French, a stranger says the thread is so good she will send it to her 'chat' (cat); a keyword trap.",
  "small_talk keyword_trap first_contact non_english lang_fr",
  {"a": P("Inès Carvalhal", tw="inescarvalhal")},
  [th(T, [
      (ME, "-1d 10:30", "Petit fil sur pourquoi les forfaits « illimités » finissent toujours mal 🧵"),
      ("a", "+2h", "tellement vrai que je l'ai lu à voix haute à mon chat. il était d'accord 🐈"),
  ], focus=True)]),

S("tw-0320", False, "In German, a friend who asked to 'telefonieren' about his new flat already had the call with Sam and thanks him.",
  "closed thanks_only reciprocity ask_call non_english lang_de",
  {"a": P("Fabian Leutgeb", tw="fabianleutgeb")},
  [dm(T, "a", [
      ("a", "-8d 19:00", "Können wir morgen kurz telefonieren? Brauch deinen Rat wegen der Wohnung in Lissabon."),
      (ME, "+30m", "Klar, ruf um 18 Uhr an."),
      ("a", "-6d 21:00", "Danke nochmal fürs Gespräch gestern, hat mir echt geholfen. Ich unterschreibe nächste Woche 🙌"),
  ], focus=True)]),

S("tw-0321", False, "In German, a SaaS tool sends an automated onboarding DM after Sam followed it.",
  "automated first_contact non_english lang_de",
  {"a": P("Rechnungsblitz", tw="rechnungsblitz")},
  [dm(T, "a", [
      ("a", "-2d 07:00", "Danke fürs Folgen! 🎉 Mit Rechnungsblitz schreibst du Rechnungen in 30 Sekunden. Teste 14 Tage kostenlos: rechnungsblitz.example/start"),
  ], focus=True)]),

S("tw-0322", False, "In Portuguese, an old acquaintance resurfaces after years to sell Sam a real-estate investment and suggests a call.",
  "promotional reengagement keyword_trap non_english lang_pt",
  {"a": P("Vasco Frazão", tw="vascofrazao")},
  [dm(T, "a", [
      ("a", "-1500d 22:00", "grande jantar ontem!"),
      ("a", "-2d 15:00", "Sam, há quanto tempo! Estou agora a trabalhar com investimento imobiliário no Algarve, rentabilidades de 9% garantidas. Lembrei-me logo de ti. Fazemos uma chamada rápida esta semana?"),
  ], focus=True)]),

S("tw-0323", False, "In Portuguese, a stranger replies to Sam's post about Lisbon rents with a sarcastic remark.",
  "hostile first_contact non_english lang_pt",
  {"a": P("Zé Marques", tw="zemarques_lx")},
  [th(T, [
      (ME, "-1d 09:00", "Lisboa tem um problema de preços, não de procura. Pequeno fio sobre rendas."),
      ("a", "+40m", "mais um estrangeiro a explicar-nos a nossa cidade. obrigadinho pelo fio, especialista 🙄"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 7: an ordinary month, typed the way people type
S("tw-0324", True, "A stranger running a three-person SaaS asks, over three short DMs, for Sam's day rate to review their plans before a launch in five weeks.",
  "ask_rates first_contact",
  {"a": P("Reuben Achterhof", tw="reuben_inkbooks")},
  [dm(T, "a", [
      ("a", "-2d 21:14", "hey sam"),
      ("a", "+1m", "random q, hope thats ok"),
      ("a", "+2m", "whats your day rate for something like this: we're a 3 person saas (booking + invoicing for tattoo studios lol) and want someone to sanity check our annual discount and the new multi-studio plan before we launch in 5 wks. couple of days work max i think?"),
  ], focus=True)]),

S("tw-0325", True, "A physio-clinic owner dictates a run-on DM while driving, explains a live disagreement about cutting prices and asks to talk on the phone this week, paid.",
  "ask_call ask_help first_contact typo",
  {"a": P("Marta Quintela", tw="martaquintela_fisio")},
  [dm(T, "a", [
      ("a", "-1d 17:48", "hi sam sorry im voice typing in the car so excuse the mess so basically we have two physio clinics in porto and the new one is half empty after 8 months and my business partner wants to cut the prices by 20 percent and i think thats the wrong move but i cant explain why in a way he listens to could we talk on the phone sometime this week i will pay for your time obviously thank you so much"),
  ], focus=True)]),

S("tw-0326", True, "Under Sam's thread a board-game maker asks if it would be weird to ask for 20 minutes, Sam says DM me within minutes, and she sends numbers and times.",
  "ask_call first_contact reciprocity fast_reply indirect_ask",
  {"a": P("Harriet Quansah", tw="hquansah_games")},
  [th(T, [
      (ME, "-3d 10:20", "Kickstarter tiers are a pricing page with a countdown timer. Most creators design them backwards: rewards first, margins never."),
      ("a", "+35m", "ok this is uncomfortably accurate. we launch a board game campaign in april and our tiers were designed by vibes. would it be weird to ask for 20 min of your time?"),
      (ME, "+10m", "Not weird at all. DM me with a bit of context."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-3d 11:40", "hi! harriet from the kickstarter thread 👋 so: 2 person studio, each game costs us about €19 landed, plan was €39 / €59 deluxe / €120 collector. free any afternoon next week (uk time)"),
  ], focus=True)]),

S("tw-0327", True, "A small indie-game podcast host invites Sam on the show and, after Sam asks about the format, proposes a short prep call next week.",
  "ask_call first_contact reciprocity",
  {"a": P("Ollie Szymanski", tw="ollie_devlogpod")},
  [dm(T, "a", [
      ("a", "-4d 18:05", "yo sam, i co-host a little podcast about indie game dev (~3k listeners, we're tiny lol). would u be up for an ep on pricing early access games? no budget but we'll make u sound smart"),
      (ME, "+2h", "Ha, sounds fun. What's the format?"),
      ("a", "+25m", "40ish min, remote, super chill. we usually do a quick 15 min call before to run through topics so nobody freezes 😅 does next tue or wed work?"),
  ], focus=True)]),

S("tw-0328", True, "A former colleague silent for five years, now running operations at a climbing-gym chain, wants to hire Sam for their memberships and proposes coffee in Lisbon.",
  "reengagement ask_meeting",
  {"a": P("Gwen Akinyemi", tw="gwen_climbs")},
  [dm(T, "a", [
      ("a", "-1800d 17:00", "leaving drinks friday!! dont u dare skip"),
      (ME, "+1h", "Wouldn't miss it"),
      ("a", "-2d 13:10", "SAM. its been like 5 years?? ok long story short im head of ops at a climbing gym chain now (3 gyms, 4th opens in sept) and our memberships are a mess, 11 different types 🙃 i want to hire u properly for this. im in lisbon 12-14th, coffee?"),
  ], focus=True)]),

S("tw-0329", True, "A founder asks, in three quick DMs, whether Sam would look at their pricing page and say where they are going wrong, offering to pay.",
  "ask_feedback first_contact",
  {"a": P("Bram Oosterhuis", tw="bram_ships")},
  [dm(T, "a", [
      ("a", "-1d 15:30", "hey sam! long time reader first time dm-er"),
      ("a", "+1m", "any chance you'd look at our pricing page and tell me where we're screwing up? pro plan converts at like 0.4% and i'm out of ideas 😬"),
      ("a", "+1m", "its pagepilot.example/pricing . happy to pay for ur time ofc"),
  ], focus=True)]),

S("tw-0330", True, "A known contact introduces a dance-school owner in a group DM and she takes it up, asking for a call about pricing her second studio.",
  "introduction first_contact ask_call",
  {"k": P("Kojo Asamoah", tw="kojo_asamoah"), "n": P("Lorena Batista", tw="lorena_dances")},
  [dm(T, "k", [
      ("k", "-260d 20:00", "that workshop recording is gold, sharing w my team"),
      (ME, "+3h", "Glad it helped Kojo!"),
  ]),
   dm(T, "k n", [
      ("k", "-2d 09:40", "sam meet lorena, she runs the dance school my kids go to and is about to open a second studio. lorena meet sam, the pricing person i keep going on about"),
      ("n", "+50m", "omg thank u kojo!! hi sam 👋 so yes, 2nd studio in october and i honestly dont know if i should charge the same in both (one is in a much fancier area lol). could we hop on a call next week? whenever suits u"),
  ], focus=True)]),

S("tw-0331", True, "A Dublin meetup organiser asks Sam to give a talk, on Twitter and on LinkedIn in the same week, and asks for a call about it.",
  "cross_platform first_contact ask_call",
  {"a": P("Finnian Gallagher", tw="finn_productdub", li=True)},
  [dm(T, "a", [
      ("a", "-2d 19:45", "hiya sam, finn here, i run the dublin product meetup (monthly, ~120 ppl). any chance you'd do a talk in june? remote is fine if travel is a pain. messaged u on linkedin too sorry for the double ping 🙈"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-3d 12:10", "Hi Sam, I organise Product Dublin, a monthly meetup for PMs and founders. We'd love to have you speak on pricing at our June event (30 min + Q&A, in person or remote). Could we have a quick call to talk it through?"),
  ], focus=True)]),

S("tw-0332", True, "A freelance copywriter asks, hesitantly and over two messages, whether Sam would consider mentoring her once a month, paid.",
  "ask_help indirect_ask first_contact",
  {"a": P("Noor Haddadin", tw="noorwrites_copy")},
  [dm(T, "a", [
      ("a", "-3d 22:05", "hi sam, this might be a weird ask so feel free to ignore"),
      ("a", "+2m", "im 2 yrs into freelance copywriting and i keep quoting too low and then resenting the client lol. would you ever consider mentoring someone like me? even a monthly 30 min thing, i'd pay what i can. totally ok to say no!!"),
  ], focus=True)]),

S("tw-0333", True, "A reporter on deadline asks late last night whether he can phone Sam this morning for a quote on Lisbon's tourist tax.",
  "ask_call first_contact",
  {"a": P("Ciarán Mulholland", tw="ciaranm_reports")},
  [dm(T, "a", [
      ("a", "-1d 21:40", "hi sam! reporter at the lisbon post (english language weekly). doing a piece on the tourist tax going up to €4/night, on deadline tmrw noon. could i call u for 5-10 min in the morning? a voice note works too if easier"),
  ], focus=True)]),

S("tw-0334", True, "A brewery owner replies three times under Sam's tweet with substantive questions about her own prices while Sam answers within minutes; a new business relationship.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Dagny Solberg", tw="dagny_brews")},
  [th(T, [
      (ME, "-2d 09:00", "Hot take: most small breweries should charge more for the taproom pint and less for the cans. The taproom is the experience, the can is the commodity."),
      ("a", "+14m", "ok i run a 10bbl brewery in bergen and we do the exact opposite 😅 taproom €7, cans €4.50. what would you move first?"),
      (ME, "+6m", "Taproom. Try €8 on the core range for a month and watch volume, not complaints."),
      ("a", "+5m", "and the regulars who come every friday? they're like 30% of taproom revenue"),
      (ME, "+8m", "Give them a mug club: pay once a year, €1 off every pint. They feel looked after, you get cash up front."),
      ("a", "+4m", "huh. we have a membership thing but it's free. ok last one sorry: do we tell people before or just change the board?"),
  ], focus=True)]),

S("tw-0335", True, "In Spanish, with typos and over three messages, the owner of an e-bike rental in Málaga asks what Sam would charge for a short consultation.",
  "ask_rates first_contact typo non_english lang_es",
  {"a": P("Nacho Ferrándiz", tw="nachoferrandiz_bikes")},
  [dm(T, "a", [
      ("a", "-1d 12:30", "hola sam!! te escribo x aqui xq no encuentro tu mail en ningun lado"),
      ("a", "+1m", "tenemos un alquiler de bicis electricas en malaga (12 bicis, somos 2) y no sabemos si cobrar x hora, x dia o hacer bonos... ahora vamos a ojo y en agosto nos quedamos sin bicis y en febrero no viene nadie jaja"),
      ("a", "+2m", "cuanto cobrarias x una consultoria cortita? aunque sea una sesion"),
  ], focus=True)]),

S("tw-0336", True, "In Spanish, an Argentine newsletter writer asks for fifteen minutes to plan a joint edition and, after Sam's reply, proposes a video call on Thursday.",
  "ask_chat ask_call first_contact reciprocity non_english lang_es",
  {"a": P("Flor Quiroga", tw="florquiroga_pymes")},
  [dm(T, "a", [
      ("a", "-4d 14:00", "che sam, te puedo robar 15 minutos algún día de estos? tengo una newsletter de precios para pymes en argentina (4.200 suscriptores) y se me ocurrió que podríamos hacer algo juntos, una edición a cuatro manos o un vivo"),
      (ME, "+3h", "¡Hola Flor! Me encanta la idea. ¿Qué tenías en mente exactamente?"),
      ("a", "+40m", "genial!! te cuento mejor por videollamada si te copa, así no te lleno el chat de audios 😂 te viene bien el jueves a la tarde (hora de lisboa)?"),
  ], focus=True)]),

S("tw-0337", True, "In French, a volunteer at a Montreal social grocery writes a long message whose middle asks for a 30-minute video call to set two-tier prices.",
  "ask_call ask_help first_contact non_english lang_fr",
  {"a": P("Geneviève Brault", tw="gen_epiceriesol")},
  [dm(T, "a", [
      ("a", "-2d 23:10", "Bonjour Sam, je m'excuse d'écrire ici, je n'ai pas trouvé de courriel. Je suis bénévole à l'Épicerie solidaire du Plateau à Montréal. On vend des aliments à prix réduit aux familles du quartier et on veut ouvrir aux autres clients avec un prix « solidaire » un peu plus élevé pour financer le reste. Est-ce qu'on pourrait se parler 30 minutes en visio pour voir comment fixer les deux prix sans que personne se sente jugé? On n'a pas beaucoup de budget mais on peut payer un peu. Notre CA se réunit le 14 alors ce serait idéal avant. Merci mille fois, votre fil sur les prix libres m'a ouvert les yeux."),
  ], focus=True)]),

S("tw-0338", True, "In German, over three lowercase messages, a Leipzig wedding photographer asks Sam for a paid 20-minute phone call about raising her flat fee.",
  "ask_call first_contact typo non_english lang_de",
  {"a": P("Jule Brandstätter", tw="jule_fotografiert")},
  [dm(T, "a", [
      ("a", "-2d 20:10", "hey sam"),
      ("a", "+1m", "kurze frage, bzw eig keine kurze 😅"),
      ("a", "+3m", "ich mach seit 2 jahren hochzeitsfotos in leipzig und bin bei 1800€ pauschal, alle sagen ich bin zu billig aber ich trau mich nich hoch. hättest du lust mal 20 min zu telefonieren? würd dich natürlich bezahlen"),
  ], focus=True)]),

S("tw-0339", True, "In Brazilian Portuguese, the owner of an online English school asks for a quick paid call about switching to semester packages.",
  "ask_call first_contact typo non_english lang_pt",
  {"a": P("Thiago Arruda", tw="thiagoarruda_en")},
  [dm(T, "a", [
      ("a", "-3d 13:15", "oi sam, tudo bem? sou do rio e tenho uma escola de inglês online com uns 200 alunos"),
      ("a", "+1m", "to pensando em trocar a mensalidade por pacotes semestrais mas tenho medo de perder aluno. vc toparia uma call rapida pra eu te explicar? pago a consultoria claro"),
  ], focus=True)]),

# ---- negatives
S("tw-0340", False, "A stranger answers Sam's post about a free template with 'thx' and a prayer emoji; nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Marisa Okonjo", tw="marisa_okonjo")},
  [th(T, [
      (ME, "-1d 09:15", "Free template: the email I send clients before a price increase. Steal it."),
      ("a", "+2h", "thx 🙏"),
  ], focus=True)]),

S("tw-0341", False, "An old friend answers Sam's football jab with skull emoji only.",
  "emoji_only small_talk reciprocity",
  {"a": P("Callum Ferrier", tw="callumferrier")},
  [dm(T, "a", [
      ("a", "-320d 21:00", "ur coming to the stag do or ur dead to me"),
      (ME, "+1h", "Coming!!"),
      (ME, "-1d 19:30", "Your lot lost again 😬"),
      ("a", "+5m", "💀💀"),
  ], focus=True)]),

S("tw-0342", False, "Fast, many-turn banter with a fellow writer about a late tram under Sam's tweet; no ask.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Petra Vukovic", tw="petravwrites")},
  [dm(T, "a", [
      ("a", "-150d 11:00", "loved ur panel!!"),
  ]),
   th(T, [
      (ME, "-1d 08:20", "The 28 tram is now 40 minutes late, which at €3.10 a ride makes it the most expensive waiting room in Lisbon."),
      ("a", "+3m", "have u considered walking like a peasant"),
      (ME, "+2m", "Up those hills? I'm a consultant, not an athlete"),
      ("a", "+2m", "charge the tram a late fee"),
      (ME, "+4m", "Invoice drafted 📎"),
      ("a", "+1m", "😂 net 30 pls"),
  ], focus=True)]),

S("tw-0343", False, "A Follow Friday tweet tags Sam among fourteen accounts.",
  "mass_mention small_talk",
  dict(crowd(14, 171), a=P("Hollis Grange", tw="hollisgrange")),
  [th(T, [
      ("a", "-1d 14:00", "#FollowFriday 🙌 some of the kindest, smartest people in my feed this month, go follow them:", {"at": ats(14)}),
  ], focus=True)]),

S("tw-0344", False, "An automated welcome DM after Sam followed an account, pushing a free playbook.",
  "automated promotional first_contact",
  {"a": P("Kai Brenner Growth", tw="kaibrenner_growth")},
  [dm(T, "a", [
      ("a", "-2d 06:03", "Thanks for the follow Sam! 🙏 Here's my free 47-page playbook on getting your first 10k followers: kaibrenner.example/playbook (automated message, but I read every reply!)"),
  ], focus=True)]),

S("tw-0345", False, "A casual, friendly-sounding video editor pitches turning Sam's threads into reels and asks for a quick call; a seller.",
  "promotional first_contact keyword_trap",
  {"a": P("Deshawn Pike", tw="dpike_edits")},
  [dm(T, "a", [
      ("a", "-1d 16:40", "yo sam love ur stuff fr. quick q who does ur video?? ur threads would go crazy as short clips. we cut reels for like 30 creators rn, could send u a sample for free. down for a quick call this wk?"),
  ], focus=True)]),

S("tw-0346", False, "A founder agrees with Sam's post on discounting and sends a personalised video pitching an AI proposal writer.",
  "promotional first_contact",
  {"a": P("Wes Tremblay", tw="wes_proposalai")},
  [dm(T, "a", [
      ("a", "-3d 10:25", "Sam, saw your post on discounting, 100% agree. we built an AI that writes consulting proposals in 3 min (priced exactly how you'd recommend 😉). made you a 90 sec loom: loom.example/v/x8k2. worth a look?"),
  ], focus=True)]),

S("tw-0347", False, "A crypto project offers Sam an 'advisor' role paid in tokens and invites him to a Spaces call tonight.",
  "spam promotional first_contact keyword_trap",
  {"a": P("PriceRail Protocol", tw="pricerail_xyz")},
  [dm(T, "a", [
      ("a", "-1d 02:40", "gm sam 👋 big fan. we're building an on-chain pricing oracle for DeFi and need advisors with real pricing cred. comp in $PRX tokens (12mo vest). hop on our spaces call tonight 9pm UTC? 🚀"),
  ], focus=True)]),

S("tw-0348", False, "A stranger sneers at Sam's post telling small shops to raise prices and jokes about calling her landlord; hostile sarcasm.",
  "hostile keyword_trap first_contact",
  {"a": P("Kendra Lusk", tw="kendralusk")},
  [th(T, [
      (ME, "-2d 09:10", "Small shop owners: you are allowed to raise prices. Your customers are adults."),
      ("a", "+1h", "oh cool another thread telling small shops to charge more. brb calling my landlord to ask him nicely to charge less 🙄 must be nice up there in consultant land"),
  ], focus=True)]),

S("tw-0349", False, "A reader says Sam's thread started an argument in their team call; the word is there but nobody asks Sam for anything.",
  "keyword_trap first_contact",
  {"a": P("Arjun Mehrotra", tw="arjun_mehrotra")},
  [th(T, [
      (ME, "-2d 10:00", "Annual plans aren't a discount. They're a loan from your customer. Price them like one."),
      ("a", "+5h", "showed this in our monday team call and it turned into a 40 min argument 😂 so thanks i guess"),
  ], focus=True)]),

S("tw-0350", False, "A founder asked for 30 minutes, the call happened, and she thanks Sam and says what they will do; closed.",
  "closed thanks_only ask_call reciprocity first_contact",
  {"a": P("Anouk Verstraeten", tw="anoukv_saas")},
  [dm(T, "a", [
      ("a", "-9d 16:00", "hey sam would u have 30 min this week? our churn after the price change is weird and i cant tell if its the price or the onboarding"),
      (ME, "+1h", "Sure, Thursday 4pm Lisbon?"),
      ("a", "+5m", "perfect 🙏"),
      ("a", "-4d 19:20", "thanks a ton for thursday!! super helpful. we're doing the onboarding fix first like u said and will revisit price in q3. owe u a beer"),
  ], focus=True)]),

S("tw-0351", False, "Someone asks whether Sam prices hardware, Sam says not really and refers them elsewhere, and they thank him; settled in writing.",
  "closed thanks_only trivial_question reciprocity first_contact",
  {"a": P("Lukas Ferreira-Dahl", tw="lukas_cellworks")},
  [dm(T, "a", [
      ("a", "-3d 11:00", "quick one: do u do pricing for hardware (we make e-bike batteries) or mostly software/services?"),
      (ME, "+40m", "Mostly services and software. For hardware with a distributor channel I'd ask Margit Holm, she's excellent."),
      ("a", "+15m", "ah ok makes sense, will ping her. thanks for the rec!"),
  ], focus=True)]),

S("tw-0352", False, "A stranger asks for help with a Stripe pricing-table bug and, before Sam answers, says they found the setting themselves; withdrawn.",
  "closed ask_help first_contact",
  {"a": P("Sunny Adeyemi", tw="sunnyships")},
  [dm(T, "a", [
      ("a", "-2d 10:15", "hi sam sorry to bother, our stripe pricing table shows the yearly price as monthly and customers are freaking out, any idea?? could really use help"),
      ("a", "+50m", "nvm!! found it, it was the interval setting on the price object 🤦 sorry for the spam"),
  ], focus=True)]),

S("tw-0353", False, "A Bristol baker asked for a call about wholesale prices almost eight weeks ago and never answered Sam's reply; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Tilly Hargreaves", tw="tillybakes_bris")},
  [dm(T, "a", [
      ("a", "-54d 09:30", "hi sam, i run a bakery in bristol, could we do a quick call about wholesale prices sometime?"),
      (ME, "+5h", "Hi Tilly! Sure, send me a couple of times that work."),
  ], focus=True)]),

S("tw-0354", False, "Sam pitched himself to a podcast host three months ago and offered a call; no answer.",
  "owner_only stale ask_call",
  {"a": P("Leontyne Moss", tw="leontyne_pod")},
  [dm(T, "a", [
      (ME, "-95d 10:00", "Hi Leontyne, big fan of the show. I think an episode on pricing for creative freelancers could work well for your audience. Happy to jump on a call if that's of interest!"),
  ], focus=True)]),

S("tw-0355", False, "A stranger asks where the print behind Sam in a video came from, Sam answers in a line, and she says thanks.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Bonnie Marchbanks", tw="bonniemarch")},
  [th(T, [
      (ME, "-2d 10:00", "New video: how to answer 'can you do it cheaper?' without flinching."),
      ("a", "+1h", "great vid but more importantly where'd u get the print behind u"),
      (ME, "+10m", "Feira da Ladra in Lisbon, a Tuesday morning, €15."),
      ("a", "+4m", "ooh ty!!"),
  ], focus=True)]),

S("tw-0356", False, "In Spanish, a stranger agrees with Sam's shrinkflation tweet with 'llámalo como quieras'; the word is there, no ask.",
  "keyword_trap first_contact non_english lang_es",
  {"a": P("Begoña Larrañaga", tw="bego_larra")},
  [th(T, [
      (ME, "-1d 09:30", "Las marcas lo llaman «nuevo formato». Yo lo llamo un 20% menos de producto al mismo precio."),
      ("a", "+2h", "llámalo como quieras, para mí es tomarnos el pelo. mis galletas de siempre ahora traen 9 en vez de 12 🙃"),
  ], focus=True)]),

S("tw-0357", False, "In Spanish, an old friend sends birthday wishes and teases Sam about visiting Madrid; warm small talk.",
  "small_talk reciprocity non_english lang_es",
  {"a": P("Quique Lozano", tw="quiquelozano")},
  [dm(T, "a", [
      ("a", "-380d 08:00", "feliz cumple!! 🎂"),
      ("a", "-1d 08:10", "feliz cumple viejo!! 🎂🎉 a ver cuando te dejas ver x madrid que ya ni te acuerdas de nosotros"),
      (ME, "+2h", "jajaja gracias tío!! en octubre caigo seguro"),
      ("a", "+20m", "eso dijiste el año pasado 😂 un abrazo"),
  ], focus=True)]),

S("tw-0358", False, "In French, an acquaintance silent for two years resurfaces with a wellness 'opportunity' and asks for a ten-minute call; an MLM pitch.",
  "promotional spam reengagement keyword_trap non_english lang_fr",
  {"a": P("Laëtitia Brunel", tw="laeti_brunel")},
  [dm(T, "a", [
      ("a", "-700d 19:00", "trop contente de t'avoir revu à lyon !!"),
      ("a", "-2d 21:30", "Coucou Sam !! ça fait longtemps 🌸 j'espère que tu vas bien. Je me suis lancée dans une aventure bien-être incroyable et j'ai tout de suite pensé à toi, tu as exactement le profil 😍 on s'appelle 10 min cette semaine, je t'explique ?"),
  ], focus=True)]),

S("tw-0359", False, "In French, fast banter with a friend about the price of pastries ends with a vague 'on s'appelle un de ces quatre'.",
  "small_talk keyword_trap reciprocity fast_reply non_english lang_fr",
  {"a": P("Maxime Ricard", tw="maxricard")},
  [dm(T, "a", [
      ("a", "-200d 20:00", "bon anniv mon vieux"),
      ("a", "-2d 18:40", "t'as vu le prix du pastel de nata à paris ?? 3,20€ 😭"),
      (ME, "+6m", "Viens à Lisbonne, 1,30€ et il est meilleur"),
      ("a", "+3m", "arrête je vais poser mes congés"),
      ("a", "+1m", "bon je file, on s'appelle un de ces quatre 😘"),
  ], focus=True)]),

S("tw-0360", False, "In German, a friend says it was nice to see Sam at the alumni 'Treffen' and promises a longer chat next time; small talk.",
  "small_talk keyword_trap reciprocity non_english lang_de",
  {"a": P("Moritz Habicht", tw="moritzhabicht")},
  [dm(T, "a", [
      ("a", "-1d 22:15", "war richtig schön dich beim Alumni-Treffen zu sehen!! 🍻 nächstes mal quatschen wir länger, versprochen"),
      (ME, "+30m", "Fand ich auch! Grüß Hanna 🙂"),
  ], focus=True)]),

S("tw-0361", False, "In German, someone asked what a half-day workshop costs, Sam gave a price, and she says it is over budget this year; declined.",
  "closed declined ask_rates reciprocity first_contact non_english lang_de",
  {"a": P("Annika Weißgerber", tw="annika_wg")},
  [dm(T, "a", [
      ("a", "-6d 10:30", "Hallo Sam, was würde ein halbtägiger Workshop zu Preiserhöhungen für unser Team (8 Leute) ungefähr kosten?"),
      (ME, "+2h", "Hallo Annika, remote rechne ich für einen halben Tag 2.400 €, vor Ort plus Reise."),
      ("a", "-5d 09:00", "Danke für die schnelle Antwort! Das sprengt leider unser Budget für dieses Jahr, wir machen es erstmal intern. Vielleicht 2027 🙂"),
  ], focus=True)]),

S("tw-0362", False, "In Brazilian Portuguese, a 'positioning mentor' offers Sam a free diagnostic call; a coaching pitch.",
  "promotional first_contact keyword_trap non_english lang_pt",
  {"a": P("Kellen Duarte Mentoria", tw="kellen_mentora")},
  [dm(T, "a", [
      ("a", "-2d 11:20", "oi sam!! vi seu perfil e amei 😍 sou mentora de posicionamento digital pra consultores. bora marcar uma call de diagnóstico gratuita? tenho só 2 vagas essa semana 🚀"),
  ], focus=True)]),

S("tw-0363", False, "In Portuguese, a reader asks whether Sam's book exists in Portuguese, Sam says not yet, and he says thanks.",
  "trivial_question thanks_only reciprocity first_contact non_english lang_pt",
  {"a": P("Caio Venâncio", tw="caiovenancio")},
  [dm(T, "a", [
      ("a", "-2d 15:00", "o livro tem versão em português?"),
      (ME, "+1h", "Ainda não, só inglês e espanhol por agora."),
      ("a", "+10m", "ah que pena! valeu 🙏"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 8: the signal list, one signal at a time
S("tw-0364", True, "The founder of a two-person game studio, writing for the first time, explains a DLC pricing decision due next month and asks for a call next week.",
  "ask_call first_contact",
  {"a": P("Ilse Vandermeulen", tw="ilse_pixelforge")},
  [dm(T, "a", [
      ("a", "-2d 18:25", "Hi Sam, we're a two-person studio (Pixelforge, cozy farming game, ~60k copies sold). Our first DLC ships next month and we're split between €4.99 and €7.99, plus whether to bundle it with the soundtrack. Your thread on decoy bundles is basically the argument my co-founder and I have every night. Could we get you on a call next week? We'd pay for the hour."),
  ], focus=True)]),

S("tw-0365", True, "A former colleague, silent for five years, now runs a coworking space and proposes building a paid pricing clinic for its members with Sam.",
  "reengagement ask_chat",
  {"a": P("Rufus Amankwah", tw="rufus_amankwah")},
  [dm(T, "a", [
      ("a", "-1850d 17:10", "last day at the office today, it's been a pleasure mate. keep in touch"),
      (ME, "+40m", "Likewise Rufus, good luck with the move!"),
      ("a", "-3d 12:45", "Sam, five years, ridiculous. I now run a coworking space in Porto, 140 members, mostly freelancers who all undercharge. I'd like to set up a monthly pricing clinic for them with you leading it, paid, with the space taking a small cut. Fancy talking it through?"),
  ], focus=True)]),

S("tw-0366", True, "A stranger who runs a pet-food subscription keeps asking substantive questions under Sam's thread while Sam answers within minutes; a relationship in the making.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Deepa Kulkarni", tw="deepa_kibble")},
  [th(T, [
      (ME, "-2d 09:05", "Subscription discounts are usually a tax on your most loyal customers. You're paying them to stay when they'd have stayed anyway."),
      ("a", "+18m", "ok this one hurts. we give 15% off for subscribing to our dog food. if we drop it, what do we give instead? people expect SOMETHING"),
      (ME, "+6m", "Give them things that cost you little and matter to them: free delivery changes, a skip button, first access to new recipes. Keep the price the same."),
      ("a", "+4m", "and for existing subscribers? 2,300 of them on the 15%. grandfather them forever or give a date?"),
      (ME, "+7m", "A date, six months out, with a clear note explaining what they get instead. Forever means you carry two price lists for life."),
      ("a", "+5m", "what about the one-off buyers then, do they see the sub price at all on the product page or only at checkout?"),
  ], focus=True)]),

S("tw-0367", True, "An electrician who runs a small crew asks, full of typos, to hop on a call about quoting commercial jobs.",
  "ask_call first_contact typo",
  {"a": P("Gareth Pryce", tw="garethpryce_sparks")},
  [dm(T, "a", [
      ("a", "-1d 21:50", "hiya sam, run a crew of 4 sparkys in cardiff. we keep loosing commercial tenders to bigger firms and i think its how we quote not the price itself. cn we hop on a call sometime this wk? ill pay obvs"),
  ], focus=True)]),

S("tw-0368", True, "In Spanish without accents, a Buenos Aires SaaS founder asks whether they could talk this week about pricing in dollars versus pesos.",
  "ask_call first_contact typo non_english lang_es",
  {"a": P("Matías Grinberg", tw="matigrinberg")},
  [dm(T, "a", [
      ("a", "-2d 23:15", "hola sam perdon lo informal, tengo un saas de turnos para consultorios en buenos aires. con la inflacion no se si cobrar en dolares o en pesos ajustando cada mes y los clientes se quejan de las dos cosas. podriamos hablr esta semana? te pago la consulta"),
  ], focus=True)]),

S("tw-0369", True, "In French without apostrophes or accents, a Bordeaux wine-shop owner asks if they can call about pricing tasting evenings.",
  "ask_call first_contact typo non_english lang_fr",
  {"a": P("Aurélien Castagnède", tw="aurelien_cave")},
  [dm(T, "a", [
      ("a", "-1d 19:40", "bonjour sam, jai une cave a bordeaux et on lance des soirees degustation. 35e par personne ca me parait trop bas mais je sais pas comment justifier plus. on peut sappeler cette semaine ? je paie la consultation bien sur"),
  ], focus=True)]),

S("tw-0370", True, "In German without umlauts, a Leipzig bakery owner asks for a quick phone call about wholesale prices for hotels.",
  "ask_call first_contact typo non_english lang_de",
  {"a": P("Henrike Pöschel", tw="henrike_backt")},
  [dm(T, "a", [
      ("a", "-3d 06:10", "hallo sam, ich hab eine kleine backerei in leipzig und zwei hotels wollen jetzt jeden morgen brotchen von uns. ich hab keine ahnung was ich denen berechnen soll, der einzelhandelspreis ist sicher zu hoch. konnen wir kurz telefonieren? gern gegen bezahlung"),
  ], focus=True)]),

S("tw-0371", True, "In Portuguese, a São Paulo edtech founder asks Sam for a quote to redesign their course plans and proposes a video call.",
  "ask_rates first_contact non_english lang_pt",
  {"a": P("Luana Figueiredo", tw="luanafig_edu")},
  [dm(T, "a", [
      ("a", "-2d 14:00", "Oi Sam, tudo bem? Sou fundadora de uma plataforma de cursos de programação em São Paulo. Temos plano mensal, anual e vitalício e o vitalício está canibalizando tudo. Você poderia me mandar um orçamento para um projeto de reestruturação dos planos? Se preferir, a gente marca uma videochamada antes."),
  ], focus=True)]),

S("tw-0372", True, "An architect asks Sam to look over a fee proposal she must send on Friday and says what she needs from him.",
  "ask_feedback first_contact",
  {"a": P("Folasade Ogunleye", tw="fola_builds")},
  [dm(T, "a", [
      ("a", "-1d 15:30", "Hi Sam, I'm an architect on my own since January. I have to send my first big fee proposal (a school extension) on Friday and I've written it three ways: percentage of build cost, fixed fee per stage, and a hybrid. Would you read it and tell me which one you'd send? Happy to pay for a review, I just don't want to leave money on the table or scare them off."),
  ], focus=True)]),

S("tw-0373", True, "A stranger whose price rise went live this morning is facing an angry community, asks Sam for help, and answers his questions within minutes.",
  "ask_help first_contact reciprocity fast_reply",
  {"a": P("Bram Oosterhuis", tw="bram_knits")},
  [dm(T, "a", [
      ("a", "-1d 11:05", "Sam sorry to barge in. We sell knitting patterns, raised the membership from €5 to €8 this morning and our Discord is on fire, people calling us greedy, cancellations coming in. Can you help? I don't know whether to roll back or hold."),
      (ME, "+9m", "Don't roll back yet. Did existing members get any notice, or did it hit everyone at once?"),
      ("a", "+3m", "everyone at once 😬 renewal date. 41 cancellations so far out of about 3,000"),
      (ME, "+8m", "That's under 2%, survivable. Post today: apology for the lack of notice, old price for existing members until June, what the money pays for. Want to send me a draft?"),
      ("a", "+4m", "yes please, writing it now, will send in 20 min"),
  ], focus=True)]),

S("tw-0374", True, "A training manager writes to Sam on Twitter and, two days later, on LinkedIn about a workshop for her sales team and asks to meet in London.",
  "cross_platform first_contact ask_meeting",
  {"a": P("Thandiwe Mokoena", tw="thandi_mokoena", li=True)},
  [dm(T, "a", [
      ("a", "-4d 13:20", "Hi Sam, I'm L&D lead at a London insurance broker. Our account managers discount far too easily and I'd like a half-day session on holding price. Is that something you run?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:45", "Hi Sam, Thandiwe here, I sent you a DM on Twitter too, not sure which you check. Budget for the sales workshop is approved. I see you're speaking in London on the 14th: could we meet for a coffee while you're here?"),
  ], focus=True)]),

S("tw-0375", True, "A long-time contact brings a festival director into a group DM, and the director takes it up and invites Sam to lunch to discuss ticket tiers.",
  "introduction first_contact ask_meeting",
  {"k": P("Osric Lindahl", tw="osric_l"), "n": P("Paloma Echeverría", tw="paloma_fest")},
  [dm(T, "k", [
      ("k", "-260d 20:00", "your talk at the meetup was the best of the night, seriously"),
      (ME, "+1h", "Thanks Osric, that means a lot."),
  ]),
   dm(T, "k n", [
      ("k", "-3d 10:30", "Sam, Paloma runs the Lisbon Jazz on the River festival. Early-bird tickets sold out in an hour last year and regular ones barely moved. I told her you'd have opinions 😄 I'll let you two take it from here."),
      ("n", "+1h", "Thanks Osric! Hi Sam, that's the situation exactly, plus we want to add a VIP tier without looking elitist. I'm in Lisbon all next week, could I take you to lunch?"),
  ], focus=True)]),

S("tw-0376", True, "Under Sam's tweet, a ceramicist asks to buy him a coffee to talk about pricing commissions, Sam agrees, and she confirms by DM.",
  "ask_meeting first_contact reciprocity",
  {"a": P("Matilde Vasconcelos", tw="matilde_barro")},
  [th(T, [
      (ME, "-2d 10:15", "Commissions are the most underpriced work any maker does. You're selling certainty to someone who can't describe what they want."),
      ("a", "+3h", "this is me. I make custom dinnerware in Marvila and every commission loses money. could I buy you a coffee and show you how I quote? I'm 10 min from your side of town"),
      (ME, "+25m", "Sure Matilde, DM me a day that works."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 09:00", "Hi Sam! Thursday morning at Café Lusitano? I'll bring two of my quotes."),
  ], focus=True)]),

S("tw-0377", True, "A corporate-training company owner asks, indirectly, whether Sam would be open to comparing notes on per-team workshop pricing.",
  "ask_chat first_contact indirect_ask",
  {"a": P("Cormac Ní Bhriain", tw="cormac_trains")},
  [dm(T, "a", [
      ("a", "-5d 16:40", "Hello Sam. I run a small corporate-training company in Galway and saw you moved your workshops from per-seat to per-team pricing last year. We're thinking of the same move and I keep going back and forth on where the team size breaks should be. I'd really value hearing how you approached it, if you'd ever be open to that. No rush at all."),
  ], focus=True)]),

S("tw-0378", True, "In Spanish, a former client from three years ago returns with a coffee-subscription launch and proposes a video call next week.",
  "reengagement ask_call non_english lang_es",
  {"a": P("Joaquín Arredondo", tw="joaquin_tostador")},
  [dm(T, "a", [
      ("a", "-1150d 18:00", "Sam, ya subimos los precios nuevos a la web. Gracias por todo, de verdad."),
      (ME, "+2h", "¡Genial Joaquín! Cuéntame cómo va en unos meses."),
      ("a", "-2d 17:30", "¡Sam! Tres años después te cuento: los precios aguantaron y ahora queremos lanzar una suscripción mensual de café para oficinas en Guadalajara y Monterrey. No quiero inventarme los precios otra vez. ¿Te animas a una videollamada la próxima semana?"),
  ], focus=True)]),

S("tw-0379", True, "In German, the owner of a Munich escape room asks Sam for a cost estimate to review his group and weekday pricing.",
  "ask_rates first_contact non_english lang_de",
  {"a": P("Korbinian Stadler", tw="korbi_escapes")},
  [dm(T, "a", [
      ("a", "-1d 20:05", "Servus Sam, ich betreibe drei Escape Rooms in München. Am Wochenende sind wir voll, unter der Woche leer, und Gruppenpreise machen wir nach Gefühl. Könnten Sie mir einen Kostenvoranschlag schicken, was eine Überarbeitung der Preise bei Ihnen kosten würde?"),
  ], focus=True)]),

# ---- negatives
S("tw-0380", False, "A stranger replies to Sam's free template tweet with a single 'thanks'; nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Wilhelmina Tsang", tw="willa_tsang")},
  [th(T, [
      (ME, "-1d 08:40", "Made a one-page price-change checklist for a client, sharing it here for free: notice periods, wording, who to call first."),
      ("a", "+2h", "thanks!"),
  ], focus=True)]),

S("tw-0381", False, "A stranger sends a DM that is only emoji after Sam's newsletter went out.",
  "emoji_only first_contact",
  {"a": P("Emeka Obiora", tw="emeka_obi")},
  [dm(T, "a", [
      ("a", "-2d 12:10", "🙌🔥💯"),
  ], focus=True)]),

S("tw-0382", False, "A Follow Friday tweet tags Sam with a dozen other freelancing accounts.",
  "mass_mention small_talk",
  dict(crowd(13, 364), a=P("Delphine Okoro", tw="delphine_okoro")),
  [th(T, [
      ("a", "-2d 14:00", "#FollowFriday people who make freelancing less lonely, go follow them all 💛", {"at": ats(13)}),
  ], focus=True)]),

S("tw-0383", False, "An event account DMs Sam a reminder that a livestream he signed up for starts in an hour.",
  "automated first_contact",
  {"a": P("Pricing Live", tw="pricinglive_events")},
  [dm(T, "a", [
      ("a", "-1d 17:00", "⏰ Reminder: 'Pricing in a downturn' goes live in 1 hour. Tap the link to join the stream. You're receiving this because you registered."),
  ], focus=True)]),

S("tw-0384", False, "An SEO agency sends a flattering DM and asks for a ten-minute call to show how Sam could rank higher.",
  "promotional first_contact keyword_trap",
  {"a": P("Kendrick Fairbairn", tw="kendrick_rankup")},
  [dm(T, "a", [
      ("a", "-3d 11:20", "Hey Sam! Big fan of your content. I noticed samrivera.example isn't ranking for 'pricing consultant' at all, you're leaving clients on the table. We fixed this for 60+ coaches. Got 10 minutes for a call this week? I'll share a free audit."),
  ], focus=True)]),

S("tw-0385", False, "In French, a course seller offers Sam a free 'discovery call' to scale his consulting business.",
  "promotional first_contact keyword_trap non_english lang_fr",
  {"a": P("Maxence Dubreuil", tw="maxence_scale")},
  [dm(T, "a", [
      ("a", "-2d 10:10", "Salut Sam 👋 J'accompagne les consultants qui veulent passer à 20k€/mois sans bosser plus. J'ai 2 créneaux d'appel découverte offerts cette semaine, je t'en bloque un ? 🚀"),
  ], focus=True)]),

S("tw-0386", False, "A recruiter sends a generic DM about a monetization role at an unnamed fintech and asks for a brief call.",
  "recruiter_template promotional first_contact keyword_trap",
  {"a": P("Saskia Brennan", tw="saskia_talent")},
  [dm(T, "a", [
      ("a", "-2d 09:30", "Hi Sam, hope you're well! Your background really stood out to me. I'm partnering with a stealth fintech on a Head of Monetization search (remote, competitive package + equity). Would you be open to a brief call to explore?"),
  ], focus=True)]),

S("tw-0387", False, "A stranger sneers at Sam's thread and asks whether he calls that advice; hostility, not an ask.",
  "hostile keyword_trap first_contact",
  {"a": P("Dale Hutchings", tw="dalehutch77")},
  [th(T, [
      (ME, "-1d 09:30", "Three questions to ask before you discount anything. A thread 🧵"),
      ("a", "+45m", "you call this advice? 'don't discount'. wow. imagine charging people money to hear that"),
  ], focus=True)]),

S("tw-0388", False, "A stranger asks, insultingly, whether anyone has ever paid Sam; a rhetorical question in a hostile reply.",
  "hostile first_contact",
  {"a": P("Griff Tolliver", tw="grifftolliver")},
  [th(T, [
      (ME, "-2d 16:00", "If a client never pushes back on your price, you are the discount."),
      ("a", "+1h", "genuine question: has anyone ever actually paid you for these fortune cookies or is it all vibes and a ring light?"),
  ], focus=True)]),

S("tw-0389", False, "A founder asked for a call three weeks ago, had it, and thanked Sam afterwards; closed.",
  "closed ask_call reciprocity first_contact",
  {"a": P("Yusra Belhadj", tw="yusra_builds")},
  [dm(T, "a", [
      ("a", "-25d 14:00", "Hi Sam, could we do a quick call about our annual plan discount? We're at 40% off and it feels insane."),
      (ME, "+1h", "It probably is. Tuesday 3pm Lisbon time?"),
      ("a", "+10m", "perfect"),
      ("a", "-20d 17:30", "Thanks for today Sam, really useful. We're going to 20% and testing for a quarter. Owe you one!"),
  ], focus=True)]),

S("tw-0390", False, "Sam declined a paid review because he is booked until September, and the founder replied no worries; closed.",
  "closed declined ask_call reciprocity first_contact",
  {"a": P("Piotr Zawadzki", tw="piotr_zaw")},
  [dm(T, "a", [
      ("a", "-6d 10:00", "Hi Sam, would you be up for a paid call to review our pricing tiers before we raise a round?"),
      (ME, "+4h", "Thanks Piotr, I'd love to but I'm fully booked until September. I can suggest a couple of people if that helps."),
      ("a", "+30m", "No worries at all, totally understand. I'll keep an eye out for when you open up. Good luck with the book!"),
  ], focus=True)]),

S("tw-0391", False, "A shop owner asked for help with a supplier price hike, then wrote that their accountant sorted it; withdrawn.",
  "closed ask_help reciprocity first_contact",
  {"a": P("Fenella Grubb", tw="fenella_tea")},
  [dm(T, "a", [
      ("a", "-4d 18:00", "Hi Sam, our tea supplier just put prices up 30% and I don't know whether to pass it all on. Could you help?"),
      (ME, "+2h", "Hi Fenella, happy to. What share of your sales are those teas?"),
      ("a", "-3d 09:15", "Ah sorry Sam, ignore me! Our accountant went through it with us last night and we've decided. Thanks for replying so fast though."),
  ], focus=True)]),

S("tw-0392", False, "In French, a consultant asked two months ago to compare notes and never answered Sam's reply; stale.",
  "stale ask_chat reciprocity first_contact non_english lang_fr",
  {"a": P("Noémie Sauvageot", tw="noemie_conseil")},
  [dm(T, "a", [
      ("a", "-64d 11:00", "Bonjour Sam, je suis consultante en stratégie à Nantes. Ça vous dirait qu'on échange un de ces jours sur nos façons de facturer les missions ?"),
      (ME, "+5h", "Bonjour Noémie, avec plaisir ! Proposez-moi un créneau."),
  ], focus=True)]),

S("tw-0393", False, "Three months ago Sam asked a podcast host for a call about a guest appearance and got no answer.",
  "owner_only stale ask_call",
  {"a": P("Lachlan Ferreira", tw="lachlan_pods")},
  [dm(T, "a", [
      (ME, "-95d 10:20", "Hi Lachlan, love the show. I've got a new book out in the spring on pricing for small businesses. Would you be up for a quick call to see if an episode makes sense?"),
  ], focus=True)]),

S("tw-0394", False, "A growth consultant pitches the same 'partnership' call on Twitter and LinkedIn in the same week; a promoter on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Tristan Vallely", tw="tristan_growthpartner", li=True)},
  [dm(T, "a", [
      ("a", "-3d 15:00", "Sam, quick one: I help consultants turn their audience into a predictable pipeline with done-for-you outreach. Open to a 15-min partnership call?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 08:30", "Hi Sam, following up on my Twitter DM in case it got buried! We've booked 400+ meetings for consultants like you this year. Worth a quick call?"),
  ], focus=True)]),

S("tw-0395", False, "A former colleague resurfaces after four years to demo his AI sales tool to Sam; an old contact returning to sell.",
  "reengagement promotional keyword_trap",
  {"a": P("Barnaby Quilliam", tw="barnaby_q")},
  [dm(T, "a", [
      ("a", "-1500d 19:00", "great leaving drinks, see you around Sam!"),
      ("a", "-2d 13:40", "Sam! Long time. I've co-founded an AI assistant that writes sales follow-ups for consultants, saves about 6 hours a week. Thought of you straight away. Can I give you a 20-min demo? Early users get 50% off for life."),
  ], focus=True)]),

S("tw-0396", False, "A contact introduces a newsletter-ads broker in a group DM, and the broker pitches sponsored placements and a demo call.",
  "introduction promotional keyword_trap first_contact",
  {"k": P("Imogen Saltmarsh", tw="imogen_salt"), "n": P("Kurt Vandersloot", tw="kurt_adnetwork")},
  [dm(T, "k", [
      ("k", "-180d 12:00", "loved the piece on tipping, sent it to my whole team"),
      (ME, "+3h", "Thanks Imogen!"),
  ]),
   dm(T, "k n", [
      ("k", "-2d 10:00", "Sam, meet Kurt, he works on the newsletter side of things, thought you two should connect!"),
      ("n", "+40m", "Thanks Imogen! Sam, we place sponsors in 300+ newsletters. Your list could earn $2-4k a month with zero effort. Let's hop on a quick demo call so I can show you the dashboard?"),
  ], focus=True)]),

S("tw-0397", False, "Fast, many-turn DM banter with a friend ranking Lisbon custard tarts; warm but nothing to act on.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Hamza Qureshi", tw="hamzaq")},
  [dm(T, "a", [
      ("a", "-60d 21:00", "good game last night"),
      ("a", "-1d 19:02", "ok official ranking time. Manteigaria > Pastéis de Belém, fight me"),
      (ME, "+2m", "Belém is a tourist tax with cinnamon"),
      ("a", "+1m", "FINALLY someone says it"),
      (ME, "+3m", "Dark horse: the café under my flat. €1.10 and warm at 8am"),
      ("a", "+2m", "pricing genius recommends cheapest option, news at 11 😂"),
  ], focus=True)]),

S("tw-0398", False, "In German, a stranger asks who would ever call such a windbag; an insult with a call word in it.",
  "hostile keyword_trap first_contact non_english lang_de",
  {"a": P("Holger Brandstätter", tw="holger_b_61")},
  [th(T, [
      (ME, "-1d 07:45", "Preise erhöhen ist keine Gier. Es ist die Entscheidung, wer deine Kunden sein sollen."),
      ("a", "+2h", "Wer ruft denn bei so einem Schwätzer überhaupt an? Berater-Bingo vom Feinsten."),
  ], focus=True)]),

S("tw-0399", False, "In Spanish, an airline's account sends an automatic reply after Sam asked about a refund.",
  "automated non_english lang_es",
  {"a": P("Vuela Iberia Sur", tw="vuelaiberiasur")},
  [dm(T, "a", [
      (ME, "-2d 19:00", "Hola, el vuelo del viernes se canceló y no me llega el reembolso. ¿Me podéis ayudar?"),
      ("a", "+1m", "¡Gracias por escribirnos! Hemos recibido tu mensaje y un agente te responderá en un plazo de 48-72 horas. Para gestionar reembolsos visita vuela.example/ayuda."),
  ], focus=True)]),

S("tw-0400", False, "In Portuguese, an acquaintance silent for over a year congratulates Sam on the book's first anniversary; warm small talk, nothing proposed.",
  "small_talk reengagement reciprocity non_english lang_pt",
  {"a": P("Gonçalo Teixeira", tw="goncalo_tx")},
  [dm(T, "a", [
      ("a", "-400d 20:00", "Comprei o livro! Autógrafo na próxima vez 😄"),
      ("a", "-2d 18:30", "Um ano do livro já?! Parabéns Sam, continua a ser o que mais empresto aos amigos 🎉📚"),
      (ME, "+1h", "Obrigado Gonçalo! Um abraço"),
  ], focus=True)]),

S("tw-0401", False, "In Spanish, a stranger writes 'call it what you like' under Sam's tweet about café prices; an opinion, no ask.",
  "keyword_trap first_contact non_english lang_es",
  {"a": P("Remedios Caballero", tw="reme_caballero")},
  [th(T, [
      (ME, "-2d 09:20", "Un café a 3 € en Madrid. ¿Inflación o que por fin alguien se atreve a cobrar lo que cuesta?"),
      ("a", "+1h", "llámalo como quieras, yo lo llamo que me voy a hacer el café en casa"),
  ], focus=True)]),

S("tw-0402", False, "In Portuguese, a shop owner asked for a call three months ago, Sam proposed times, and nothing followed; stale.",
  "stale ask_call reciprocity first_contact non_english lang_pt",
  {"a": P("Iara Nogueira", tw="iara_loja")},
  [dm(T, "a", [
      ("a", "-92d 16:00", "Olá Sam! Tenho uma loja de roupa em segunda mão em Coimbra. Podemos fazer uma chamada sobre preços?"),
      (ME, "+3h", "Olá Iara, claro. Terça ou quarta à tarde?"),
  ], focus=True)]),

S("tw-0403", False, "A fake 'support' account warns that Sam's account will be suspended unless he verifies through a link; phishing.",
  "spam first_contact",
  {"a": P("Support Verify Team", tw="x_verify_help0")},
  [dm(T, "a", [
      ("a", "-1d 02:40", "Your account @samrivera_io has been flagged for copyright violation and will be suspended within 24 hours. To appeal, verify your identity here: x-appeal-center.example/verify"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 9: the owner's real week (replies to Sam's work)
S("tw-0404", True, "A bike-repair subscription founder replies to Sam's thread on anchor prices, gets an answer, and asks for thirty minutes next week to apply it to her tiers.",
  "ask_call first_contact reciprocity",
  {"a": P("Wilhelmina Achterberg", tw="mina_spokeclub")},
  [th(T, [
      (ME, "-3d 08:40", "The most expensive plan on your pricing page isn't there to be bought. It's there so the middle one looks reasonable."),
      ("a", "+2h", "we have exactly two plans (€9 and €19 a month for bike servicing) and everyone picks €9. so we need a third one on top?"),
      (ME, "+35m", "Probably, but only if it's something a real customer would want. A fake top tier gets spotted fast."),
      ("a", "+20m", "ok this is the thing I can't figure out alone. could we do 30 min next week? I'd like to walk you through the numbers and what a real top tier could be for us"),
  ], focus=True)]),

S("tw-0405", True, "A reader of Sam's newsletter issue on minimum fees asks him to review the draft rate card her translation agency plans to send in January.",
  "ask_feedback first_contact",
  {"a": P("Cosima Strandberg", tw="cosima_wordhaus")},
  [dm(T, "a", [
      ("a", "-2d 19:10", "Hi Sam, your newsletter this week on minimum engagement fees arrived at exactly the right moment. We're a 9-person translation agency and half our jobs are tiny rush requests we lose money on. I've drafted a rate card with a €180 minimum for January. Would you be willing to go through it with me before we send it to clients? Glad to pay for your time."),
  ], focus=True)]),

S("tw-0406", True, "An organiser who heard Sam speak in Berlin wants him to keynote her SaaS meetup's annual event in Dublin and asks for a call about dates and fee.",
  "ask_call first_contact",
  {"a": P("Órla Kinsella", tw="orla_saasdub")},
  [dm(T, "a", [
      ("a", "-1d 12:25", "Hi Sam, I was in the room for your talk at the Berlin product conference last month. The bit about discounts as a confession stuck with half our team. I run SaaS Dublin (about 1,100 members) and we're planning our annual day in October. We'd love you to do the opening keynote, with a fee and travel covered. Could we get on a call to look at dates?"),
  ], focus=True)]),

S("tw-0407", True, "Someone who attended Sam's workshop last week follows up with her agency's retainer problem and asks whether he would run a paid session with her partners.",
  "ask_help first_contact",
  {"a": P("Delphine Marchbanks", tw="delphine_mb_studio")},
  [dm(T, "a", [
      ("a", "-2d 10:50", "Hi Sam, I was at the pricing workshop in Lisbon last Thursday (second row, asked about scope creep). Back at the studio I realised our retainers are the real problem: 11 clients, all on different terms, three of them losing money. Would you do a paid half-day with me and my two partners to sort out one retainer model? Remote or here in Porto, whatever suits."),
  ], focus=True)]),

S("tw-0408", True, "A listener who heard Sam on a podcast describes her veterinary clinics' pricing problem and offers her free afternoons, an ask implied by availability.",
  "ask_call first_contact indirect_ask",
  {"a": P("Ingrid Halvorsen-Muir", tw="ingrid_vetgroup")},
  [dm(T, "a", [
      ("a", "-1d 21:35", "Sam, I heard you on the Small Margins podcast on my drive home. The part about 'price the visit, not the minutes' is our whole problem: four vet clinics, every vet bills consultations differently, clients compare invoices in the waiting room. I'm free Thursday and Friday afternoons this week if you have half an hour."),
  ], focus=True)]),

S("tw-0409", True, "An independent bookseller asks one substantive question after another under Sam's bundling thread while Sam answers within minutes, and ends by asking to DM about her membership card.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Philippa Lowenthal", tw="pip_readingroom")},
  [th(T, [
      (ME, "-2d 09:00", "Bundles work when the customer would have bought the second thing anyway, just not from you."),
      ("a", "+14m", "bookshop owner here. we bundle a book + coffee for €18 and it sells ok. is that the kind you mean, or is it a discount in disguise?"),
      (ME, "+5m", "Depends: do people who take the bundle drink coffee elsewhere otherwise? If yes, you've won a sale. If they'd have bought coffee from you anyway, it's a discount."),
      ("a", "+4m", "they'd mostly buy coffee from us anyway 🙃 so what would you bundle instead? we also sell tote bags nobody buys"),
      (ME, "+6m", "Something from a neighbour business: a bakery item, a cinema ticket. It brings in a sale they'd have made down the street."),
      ("a", "+3m", "oh that's clever. we're also redoing our membership card this month, can I DM you about it? it's a bigger question"),
  ], focus=True)]),

S("tw-0410", True, "A university lecturer replies to Sam's book tweet asking about a guest session and writes again on LinkedIn two days later with concrete dates.",
  "cross_platform first_contact ask_help",
  {"a": P("Benedikt Aschauer", tw="b_aschauer_econ", li=True)},
  [th(T, [
      (ME, "-4d 10:30", "A year since the book came out. The chapter readers write to me about most is still the one on saying your price out loud."),
      ("a", "+5h", "I assign that chapter in my entrepreneurship course at the university every term. Would you consider a guest session with my students? I'll send details."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:15", "Dear Sam, following my reply on Twitter: the guest session would be 90 minutes with about 60 master's students, either 14 or 21 November, online or in person in Graz. There is a small honorarium. Would either date work for you? Happy to discuss the format by phone."),
  ], focus=True)]),

S("tw-0411", True, "In Spanish, a Granada hostel owner who read Sam's book asks for half an hour on a video call about seasonal prices.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Rocío Almendral", tw="rocio_alojamiento")},
  [dm(T, "a", [
      ("a", "-2d 22:05", "Hola Sam, acabo de terminar tu libro (en la edición en español, que me regaló mi hermana). Llevo un albergue de 40 camas en Granada y en temporada alta cobro lo mismo que en noviembre porque me da miedo subir. ¿Tendrías media hora para una videollamada? Te pago la sesión, por supuesto."),
  ], focus=True)]),

S("tw-0412", True, "In French, the rights manager of a Paris business publisher asks for a call with their editorial director about translating Sam's book.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Margaux Vidalenc", tw="margaux_droits")},
  [dm(T, "a", [
      ("a", "-3d 15:20", "Bonjour Sam, je m'occupe des droits étrangers aux Éditions du Comptoir à Paris. Notre directrice éditoriale a lu votre livre cet été et aimerait le publier en français l'an prochain. Votre éditeur nous a dit de vous écrire directement pour une première discussion. Seriez-vous disponible pour un appel avec elle la semaine prochaine ?"),
  ], focus=True)]),

S("tw-0413", True, "In German, a long-time contact puts a Franconian brewery owner who read Sam's thread into a group DM, and the brewer takes it up and asks to phone next week.",
  "introduction first_contact ask_call non_english lang_de",
  {"k": P("Veit Oberhollenzer", tw="veit_oh"), "n": P("Annegret Pfisterer", tw="annegret_braeu")},
  [dm(T, "k", [
      ("k", "-310d 19:40", "Danke nochmal für die Tipps zur Preiserhöhung, hat super geklappt!"),
      (ME, "+2h", "Freut mich sehr, Veit!"),
  ]),
   dm(T, "k n", [
      ("k", "-3d 11:15", "Sam, das ist Annegret, sie führt eine kleine Brauerei bei Bamberg und hat deinen Thread über Gastro-Preise gestern dreimal weitergeleitet 😄 Ich dachte, ihr solltet direkt reden."),
      ("n", "+40m", "Danke Veit! Hallo Sam, genau: die Wirte zahlen bei uns seit 2019 denselben Fasspreis und ich traue mich nicht ran. Können wir nächste Woche telefonieren? Dienstag oder Mittwoch ginge bei mir."),
  ], focus=True)]),

S("tw-0414", True, "In Portuguese, a former colleague silent for three years saw the video of Sam's talk and proposes co-running workshops for a startup incubator over coffee.",
  "reengagement ask_meeting non_english lang_pt",
  {"a": P("Leandro Quintela", tw="leandro_qnt")},
  [dm(T, "a", [
      ("a", "-1120d 17:30", "Boa sorte na aventura a solo, Sam! Vais arrasar."),
      (ME, "+1h", "Obrigado Leandro, abraço grande!"),
      ("a", "-2d 13:10", "Sam! Três anos, eu sei. Vi o vídeo da tua palestra no encontro de fundadores e fiquei a pensar: agora coordeno o programa da incubadora de Braga e os fundadores não fazem ideia de como pôr preço. Queria propor-te uma série de workshops feita a dois, paga pela incubadora. Tomamos um café em Lisboa na próxima semana?"),
  ], focus=True)]),

S("tw-0415", True, "The head of sales at a client's sister company writes after Sam's client referred him, explains a discounting problem and asks for a call.",
  "ask_call first_contact",
  {"a": P("Tobias Wetherall", tw="tobias_wetherall")},
  [dm(T, "a", [
      ("a", "-1d 14:45", "Hi Sam, Oona Caffrey gave me your handle. You worked with her team on their renewals last spring and she hasn't stopped talking about it. I run sales at the sister company (same group, industrial sensors) and our reps give away 20-30% on every deal to close the quarter. Could we set up a call this week or next to see whether you could do something similar for us?"),
  ], focus=True)]),

S("tw-0416", True, "A founder quote-tweets Sam's post saying it describes her company, Sam replies, and she DMs asking what a project would cost.",
  "ask_rates first_contact reciprocity",
  {"a": P("Ravinder Sandhu-Kerr", tw="ravi_sk_founder")},
  [th(T, [
      ("a", "-3d 16:20", "This is us. 3 pricing plans, 11 add-ons, and nobody on our team can explain the difference between Pro and Business. Sam's post is painfully accurate."),
      (ME, "+50m", "Eleven add-ons is a menu, not a pricing page 🙂 Happy to talk if it's useful."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 09:05", "Hi Sam, following up from my quote tweet. We're a 30-person HR software company and I'd like to bring someone in to simplify our plans before the Q1 sales kickoff. What would a project like that cost with you, roughly? Then maybe a call to scope it."),
  ], focus=True)]),

S("tw-0417", True, "Under a comment Sam left on another founder's tweet, an operations lead replies that her company is making that exact decision this month and asks for twenty minutes.",
  "ask_call first_contact",
  {"x": P("Kwabena Osei-Tutu", tw="kwabena_builds"), "a": P("Henrietta Vasilakis", tw="hetty_ops")},
  [th(T, [
      (ME, "-2d 11:30", "Free tiers are a marketing budget. Decide how much you're willing to spend and cap it, like any other channel."),
      ("a", "+3h", "this is the most useful thing I've read on free tiers. we're deciding this month whether to cap ours at 3 seats or kill it. would you have 20 minutes for a call? I'd bring the usage numbers"),
  ], focus=True, root="x")]),

S("tw-0418", True, "In Spanish, a Mexican café-chain owner asks Sam for a call after his thread, they exchange quick messages and settle on a time for Thursday that has not yet come.",
  "ask_call first_contact reciprocity fast_reply non_english lang_es",
  {"a": P("Ximena Barragán", tw="ximena_cafeteria")},
  [dm(T, "a", [
      ("a", "-1d 17:05", "Hola Sam, leí tu hilo sobre precios en cafeterías y me sentí muy identificada. Tengo 5 cafeterías en Puebla y cada una cobra distinto el mismo latte. ¿Podemos hacer una llamada esta semana?"),
      (ME, "+12m", "Hola Ximena, claro. ¿Jueves a las 17:00 hora de Lisboa (10:00 en Puebla)?"),
      ("a", "+4m", "¡Perfecto! Jueves a las 10:00 mi hora. Te mando el menú de cada sucursal antes."),
      (ME, "+3m", "Genial, así lo vemos con los números delante."),
  ], focus=True)]),

S("tw-0419", True, "A former colleague silent for two years answers Sam's newsletter announcement by proposing the joint agency-pricing benchmark they once discussed, now that he has data from 300 agencies.",
  "reengagement ask_chat indirect_ask",
  {"a": P("Ambrose Kettleborough", tw="ambrose_kb")},
  [dm(T, "a", [
      ("a", "-760d 18:20", "Great working with you on the Halden project. Let's do that benchmark one day!"),
      (ME, "+30m", "One day for sure, Ambrose."),
      ("a", "-4d 20:40", "Saw the newsletter relaunch, congrats. Remember the agency pricing benchmark we kept promising each other? I now run research at an agency network and have day-rate and retainer data from about 300 agencies. If you're still up for writing it together, tell me when you're free and I'll show you what I've got."),
  ], focus=True)]),

# ---- negatives
S("tw-0420", False, "A stranger replies 'great thread' with a clapping emoji under Sam's post; applause, nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Cassius Bellweather", tw="cassius_b")},
  [th(T, [
      (ME, "-1d 08:50", "Five ways to raise prices without losing your best clients. A thread."),
      ("a", "+1h", "great thread 👏 bookmarking"),
  ], focus=True)]),

S("tw-0421", False, "A reader asks where to buy Sam's book in Canada, Sam names two shops, and she thanks him; settled in one line.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Marguerite Tolleshunt", tw="marg_tolleshunt")},
  [th(T, [
      (ME, "-2d 12:00", "The paperback is finally out in North America 📚"),
      ("a", "+2h", "yay! where can I get it in Canada? not seeing it on the usual sites yet"),
      (ME, "+20m", "Indigo has it from today, and any indie can order it in."),
      ("a", "+10m", "perfect, thank you!"),
  ], focus=True)]),

S("tw-0422", False, "An attendee asks for the slides of Sam's talk, Sam posts the link, and she likes it with a thanks; a one-line request answered.",
  "trivial_question thanks_only reciprocity first_contact",
  {"a": P("Juniper Haverford", tw="juniper_hav")},
  [th(T, [
      (ME, "-1d 18:30", "Thank you Manchester! Lovely crowd tonight for the pricing talk."),
      ("a", "+25m", "great talk! are the slides online anywhere?"),
      (ME, "+15m", "Here: samrivera.example/slides/manchester"),
      ("a", "+5m", "thanks Sam 🙏"),
  ], focus=True)]),

S("tw-0423", False, "A stranger civilly disputes Sam's view on free trials over a few replies and they agree to disagree; a public debate with no ask.",
  "small_talk reciprocity many_turns first_contact",
  {"a": P("Evander Whitcombe", tw="evander_w")},
  [th(T, [
      (ME, "-2d 09:15", "Most 14-day free trials are too long. People decide in three days and forget for the other eleven."),
      ("a", "+1h", "Disagree. In B2B you need the time to get procurement and IT onboard. 3 days is consumer thinking."),
      (ME, "+30m", "Fair for enterprise. For self-serve tools, I'd still cut it and offer an extension on request."),
      ("a", "+40m", "Extension on request just adds friction. We'll have to differ on this one."),
      (ME, "+20m", "Happy to differ 🙂"),
  ], focus=True)]),

S("tw-0424", False, "A stranger quote-tweets Sam's post to mock consultants who charge to say 'raise your prices', with 'call me when' sarcasm.",
  "hostile keyword_trap first_contact",
  {"a": P("Gideon Marlowe", tw="gid_marlowe_")},
  [th(T, [
      ("a", "-1d 13:40", "Imagine charging €2k a day to tell people 'raise your prices'. Call me when consultants try it on their own rates. Oh wait."),
  ], focus=True)]),

S("tw-0425", False, "An engagement-bait tweet tags Sam among a dozen accounts with 'comment YES for my pricing playbook'.",
  "mass_mention promotional",
  dict(crowd(12, 409), a=P("Brantley Osgood", tw="brantley_scales")),
  [th(T, [
      ("a", "-2d 15:00", "I'll send my 63-page pricing playbook FREE to anyone who comments YES 👇 (tagging the pricing nerds who'll love this)", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0426", False, "A ghostwriter opens by praising Sam's latest thread and asks for a quick call to pitch writing his threads for him.",
  "promotional keyword_trap first_contact",
  {"a": P("Lachlan Fairweather", tw="lachlan_writes4u")},
  [dm(T, "a", [
      ("a", "-2d 11:45", "Sam your thread on anchor prices was 🔥 seriously one of the best this week. Imagine posting like that 5x a week without writing a word. I ghostwrite for 14 consultants (avg +9k followers in 90 days). Quick call this week to see if we're a fit?"),
  ], focus=True)]),

S("tw-0427", False, "A podcast-booking service praises Sam's episode on another show and offers paid placement on 'top 1%' podcasts, with a discovery call.",
  "promotional keyword_trap first_contact",
  {"a": P("Savannah Prickett", tw="savannah_podbook")},
  [dm(T, "a", [
      ("a", "-3d 14:20", "Hi Sam! Just heard you on Small Margins, you're a natural 🎙️ We book experts like you on top 1% business podcasts, 4 guaranteed interviews a month for $1,400. Open to a 15-min discovery call?"),
  ], focus=True)]),

S("tw-0428", False, "After Sam followed an account mentioned in his newsletter, its auto-DM thanks him for following and pushes a free e-book.",
  "automated promotional first_contact",
  {"a": P("Fenwick Tolliver", tw="fenwick_growth")},
  [dm(T, "a", [
      ("a", "-1d 07:12", "Thanks for the follow, Sam! 🙌 As a welcome gift, grab my free e-book '21 Pricing Hacks' here: fenwick.example/ebook (no spam, promise)"),
  ], focus=True)]),

S("tw-0429", False, "The newsletter platform's account DMs Sam that his latest issue passed an open-rate milestone; a notification.",
  "automated first_contact",
  {"a": P("Letterpost", tw="letterpost_hq")},
  [dm(T, "a", [
      ("a", "-1d 06:02", "🎉 Your issue 'Minimum fees are a kindness' reached a 61% open rate, your best this year. See the full stats in your Letterpost dashboard."),
  ], focus=True)]),

S("tw-0430", False, "In Spanish, an acquaintance silent for two years congratulates Sam on his podcast appearance and Sam thanks her; warm, nothing proposed.",
  "small_talk reengagement reciprocity non_english lang_es",
  {"a": P("Itziar Goikoetxea", tw="itziar_gk")},
  [dm(T, "a", [
      ("a", "-700d 21:00", "¡Qué buena charla la de ayer en Bilbao!"),
      (ME, "+1h", "¡Gracias Itziar!"),
      ("a", "-2d 20:15", "¡Sam! Te acabo de escuchar en el podcast de camino al trabajo, qué bien explicas lo de los descuentos. Un abrazo enorme 🤗"),
      (ME, "+2h", "¡Qué alegría leerte! Un abrazo fuerte."),
  ], focus=True)]),

S("tw-0431", False, "In Spanish, a restaurant owner asked for a call after Sam's talk two months ago, Sam offered dates, and nothing followed; stale.",
  "stale ask_call reciprocity first_contact non_english lang_es",
  {"a": P("Baltasar Urquijo", tw="baltasar_fogon")},
  [dm(T, "a", [
      ("a", "-63d 23:10", "Hola Sam, estuve en tu charla de Sevilla. Tengo un restaurante y me gustaría hablar contigo sobre la carta. ¿Una llamada?"),
      (ME, "+9h", "Hola Baltasar, encantado. ¿Martes o miércoles por la tarde?"),
  ], focus=True)]),

S("tw-0432", False, "In French, a stranger replies to Sam's thread with sarcasm thanking him for a 'revelation' nobody needed.",
  "hostile first_contact non_english lang_fr",
  {"a": P("Thibaut Roussillon", tw="thibaut_rsl")},
  [th(T, [
      (ME, "-1d 08:10", "Vos clients ne comparent pas votre prix au prix du concurrent. Ils le comparent au coût de ne rien faire."),
      ("a", "+3h", "Merci pour cette révélation bouleversante, Sam. Personne n'y avait pensé depuis 1950 🙄 Prochain thread : l'eau mouille."),
  ], focus=True)]),

S("tw-0433", False, "In French, a stranger replies that she'll discuss Sam's thread with her business partner over coffee tomorrow; the coffee is not with Sam.",
  "keyword_trap first_contact non_english lang_fr",
  {"a": P("Ombeline Castagnet", tw="ombeline_c")},
  [th(T, [
      (ME, "-2d 10:00", "Augmenter ses prix une fois par an, à date fixe, c'est moins douloureux que tous les trois ans en catastrophe."),
      ("a", "+50m", "Exactement notre débat en ce moment. On en parle autour d'un café demain matin avec mon associé, je lui envoie ton thread ☕"),
  ], focus=True)]),

S("tw-0434", False, "In German, a workshop attendee's follow-up call with Sam took place yesterday and she thanks him; closed.",
  "closed thanks_only ask_call reciprocity first_contact non_english lang_de",
  {"a": P("Swantje Harmsen", tw="swantje_h")},
  [dm(T, "a", [
      ("a", "-8d 17:30", "Hallo Sam, danke für den Workshop in Hamburg! Hättest du Zeit für ein kurzes Telefonat zu unseren Kurspreisen?"),
      (ME, "+2h", "Gern, Swantje. Montag um 11?"),
      ("a", "+20m", "Passt!"),
      ("a", "-1d 16:40", "Danke für das Gespräch heute, das war genau, was ich gebraucht habe. Ich setze die neuen Preise ab März um."),
  ], focus=True)]),

S("tw-0435", False, "In German, an AI-writing tool opens by praising Sam's thread and offers a fifteen-minute demo; selling.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": P("Jannik Vogelsang", tw="jannik_textmotor")},
  [dm(T, "a", [
      ("a", "-2d 13:30", "Hi Sam, dein Thread über Preisanker war richtig stark 💪 Mit TextMotor schreibst du solche Threads in 5 Minuten, unsere KI lernt deinen Stil. Hast du Lust auf eine 15-minütige Demo diese Woche?"),
  ], focus=True)]),

S("tw-0436", False, "In Portuguese, a course platform praises Sam's talk and wants to 'turn it into an online course' on a revenue share, proposing a call; a sales pitch.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Thaís Brandão", tw="thais_cursalia")},
  [dm(T, "a", [
      ("a", "-3d 10:40", "Oi Sam! Adorei sua palestra que vi no YouTube 👏 Na Cursalia transformamos especialistas em criadores de cursos: você grava, a gente vende, e fica com 40% das vendas após o plano de lançamento (R$ 2.900). Bora marcar uma call de 20 min?"),
  ], focus=True)]),

S("tw-0437", False, "In Portuguese, a stranger replies to Sam's thread only to say thanks and that she saved it.",
  "thanks_only first_contact non_english lang_pt",
  {"a": P("Jordana Falcão", tw="jordana_fal")},
  [th(T, [
      (ME, "-1d 09:30", "Se o cliente não pergunta o preço, é porque já decidiu que é caro demais. Uma thread sobre mostrar preços no site."),
      ("a", "+2h", "Obrigada pela thread, Sam! Guardei para ler com calma 🙏"),
  ], focus=True)]),

S("tw-0438", False, "A meetup organiser invited Sam to speak, Sam declined because of a clash, and the organiser replied no problem; closed.",
  "closed declined reciprocity first_contact",
  {"a": P("Roderick Pennyfeather", tw="roddy_pmmeetup")},
  [dm(T, "a", [
      ("a", "-3d 12:10", "Hi Sam, loved your latest thread. Would you speak at Product Pricing Leeds on the 19th? 30 minutes, we cover travel."),
      (ME, "+5h", "Thanks Roderick, I'd have liked to, but I'm in Madrid that week. Maybe next season."),
      ("a", "+1h", "No worries at all, we'll ask again in spring!"),
  ], focus=True)]),

S("tw-0439", False, "Sam replied to a founder's tweet offering a call more than two months ago and nobody answered; Sam's own ask.",
  "owner_only ask_call",
  {"x": P("Percival Dunsany", tw="percy_dunsany")},
  [th(T, [
      (ME, "-74d 17:20", "Happy to jump on a call if it helps, I've seen this exact annual-vs-monthly dilemma a dozen times."),
  ], focus=True, root="x")]),

S("tw-0440", False, "A recruiter quotes Sam's thread on value-based pricing before a template pitch for a Head of Pricing role, asking for a quick call.",
  "recruiter_template promotional keyword_trap first_contact",
  {"a": P("Kimberley Ashdown", tw="kim_talentbridge")},
  [dm(T, "a", [
      ("a", "-2d 08:55", "Hi Sam! Loved your thread on value-based pricing, it really shows your expertise. I'm partnering with a fast-growing Series B scale-up looking for a Head of Pricing (hybrid, London, great package). Your profile is a perfect match! Open to a quick call this week?"),
  ], focus=True)]),

S("tw-0441", False, "A former colleague silent for a year and a half congratulates Sam on the book's second printing and they exchange pleasantries; small talk.",
  "small_talk reengagement reciprocity",
  {"a": P("Winifred Ashcombe", tw="winnie_ash")},
  [dm(T, "a", [
      ("a", "-540d 19:30", "Enjoy the new job at last, Sam. The office will be dull without you."),
      (ME, "+1h", "Thanks Winnie!"),
      ("a", "-2d 18:45", "Second printing already! Well deserved. The team still quotes your 'never discount on a Friday' rule."),
      (ME, "+40m", "Ha, glad it survived! Say hi to everyone."),
      ("a", "+15m", "Will do 😊"),
  ], focus=True)]),

S("tw-0442", False, "A growth agency praises Sam's newsletter on Twitter and on LinkedIn in the same week, each time asking for fifteen minutes to pitch its lead-generation service.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Dorian Blackwood", tw="dorian_pipelinepro", li=True)},
  [dm(T, "a", [
      ("a", "-4d 10:15", "Sam, big fan of your newsletter! We help consultants add 8-12 qualified calls a month with done-for-you outbound. Got 15 min this week?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:40", "Hi Sam, following up from Twitter 🙂 Still keen to show you how we'd fill your calendar with qualified leads. 15 minutes, no pressure?"),
  ], focus=True)]),

S("tw-0443", False, "A founder asked for a call after Sam's thread and, before Sam answered, wrote that they had decided to keep their prices as they were; withdrawn.",
  "closed ask_call first_contact",
  {"a": P("Magnus Ellingsworth", tw="magnus_ellings")},
  [dm(T, "a", [
      ("a", "-3d 21:10", "Hi Sam, your thread on usage pricing made me question our whole model. Could we do a call this week?"),
      ("a", "-2d 08:30", "Actually, scratch that. We talked it through as a team last night and decided to keep our pricing as it is for now. Thanks anyway, keep the threads coming!"),
  ], focus=True)]),

# ================================================================= batch 10: first messages from strangers, clients versus sellers
# ----------------------------------------------------------------- clients (call)
S("tw-0444", True, "The owner of a six-person marketing agency asks for a paid call because her retainer tiers no longer cover what clients demand.",
  "ask_call ask_help first_contact",
  {"a": P("Rhiannon Colclough", tw="rhiannon_northloop")},
  [dm(T, "a", [
      ("a", "-1d 17:20", "Hi Sam, we haven't spoken before. I run Northloop, a six-person marketing agency in Manchester. Our retainers are three tiers priced on hours, and clients now expect reporting, ads and content for the same fee. Margins went from 30% to about 12% in a year. Could I book a paid call with you to look at how we've structured them?"),
  ], focus=True)]),

S("tw-0445", True, "A SaaS founder describes a per-seat model that punishes growing teams and asks Sam for half an hour.",
  "ask_call first_contact",
  {"a": P("Damian Okonkwo-Reyes", tw="damian_shiftboard")},
  [dm(T, "a", [
      ("a", "-2d 21:05", "Hey Sam. Founder of Shiftboard here (rota software for care homes, ~140 customers). We charge per seat and our best customers keep deleting seats to save money, which kills the product for them and our revenue for us. Thinking about per-site pricing. Would you have 30 minutes this week or next to talk it through? I'll pay your normal rate."),
  ], focus=True)]),

S("tw-0446", True, "A freelancer who sells lead generation to dental clinics asks what she should charge and whether Sam does paid sessions.",
  "ask_rates ask_help first_contact",
  {"a": P("Kezia Fairburn", tw="kezia_fills_chairs")},
  [dm(T, "a", [
      ("a", "-1d 13:40", "hi Sam! I know this sounds like a pitch but it isn't 😅 I do lead generation for dental clinics, on my own, about 9 clients. I charge £600/month flat and one clinic got 80 new patients from me last quarter. I think I'm badly underpriced but no idea how to move to per-lead or performance pricing. Do you do paid 1:1 sessions and what do they cost?"),
  ], focus=True)]),

S("tw-0447", True, "Under Sam's tweet about supplier price rises, a bakery owner describes her situation and asks for an hour of Sam's time, and Sam invites her to DM.",
  "ask_help first_contact reciprocity",
  {"a": P("Morwenna Trebilcock", tw="morwenna_bakes")},
  [th(T, [
      (ME, "-3d 08:15", "When a supplier raises prices, your customers don't need the supplier's story. They need to know what they still get."),
      ("a", "+2h", "flour up 22%, butter up 30% since January and I've raised my loaf price once, by 20p. two shops, 11 staff. I'd genuinely pay for an hour of your time to work out what to do before the summer. is that something you do?"),
      (ME, "+40m", "It is. Send me a DM with a couple of times that suit you, Morwenna."),
  ], focus=True)]),

S("tw-0448", True, "A journalist on deadline asks Sam for a 15-minute phone interview about freelancers raising prices.",
  "ask_call first_contact",
  {"a": P("Ptolemy Garside", tw="ptolemy_writes")},
  [dm(T, "a", [
      ("a", "-1d 15:10", "Hi Sam, I'm a reporter at the Weekly Ledger, writing a piece on how freelancers are handling price rises with long-standing clients. Your thread on 'the loyal-client discount' came up twice when I asked around. Could I call you for 15 minutes before Thursday? Happy to work around your time zone."),
  ], focus=True)]),

S("tw-0449", True, "An organiser of a coworking members' day asks for Sam's fee for a paid 45-minute talk.",
  "ask_rates first_contact",
  {"a": P("Linnea Vestergaard", tw="linnea_hivecowork")},
  [dm(T, "a", [
      ("a", "-2d 11:30", "Hello Sam, I organise the members' day at Hive Coworking in Copenhagen (about 200 freelancers and small studios, 14 November). We'd like a 45-minute talk on pricing for people who've never raised their rates, and we have a speaker budget. What would your fee be, and would you come in person or prefer to dial in?"),
  ], focus=True)]),

S("tw-0450", True, "A food-rescue charity's operations lead explains that cafés now pay for their surplus boxes and asks Sam for a call, with a small budget.",
  "ask_call ask_help first_contact",
  {"a": P("Oluwaseun Hartigan", tw="seun_foodbridge")},
  [dm(T, "a", [
      ("a", "-3d 10:05", "Hi Sam, I'm operations lead at FoodBridge, a charity that collects surplus from wholesalers. We've started selling boxes to cafés to fund the free deliveries, and nobody here knows how to price them without looking greedy or going bust. We have a small budget for advice. Could we have a call sometime next week?"),
  ], focus=True)]),

S("tw-0451", True, "A teacher who runs evening language classes writes a typo-ridden DM asking to chat about what to charge companies.",
  "ask_chat first_contact typo",
  {"a": P("Wilhelmina Gorringe", tw="willa_teaches")},
  [dm(T, "a", [
      ("a", "-1d 22:15", "hi sam sorry for the random dm. im a teacher, i run evening english classes for adults on the side and now 2 local companys want me to teach there staff. i have no idea wat to charge a company vs a person lol. wud you be up for a quick chat? i can pay"),
  ], focus=True)]),

S("tw-0452", True, "In three short lines, the owner of two barbershops says prices haven't moved since 2019 and asks what Sam charges.",
  "ask_rates first_contact",
  {"a": P("Tariq Ashdown", tw="tariq_fadeco")},
  [dm(T, "a", [
      ("a", "-2d 19:00", "Hi"),
      ("a", "+1m", "I own 2 barbershops in Leeds. prices same since 2019. chairs full, still no money left"),
      ("a", "+1m", "what do you charge to sort something like this"),
  ], focus=True)]),

S("tw-0453", True, "The managing director of a family engineering firm writes a very formal request for a meeting about pricing spare parts.",
  "ask_meeting first_contact",
  {"a": P("Edwina Macallister", tw="e_macallister_eng")},
  [dm(T, "a", [
      ("a", "-2d 08:30", "Dear Mr Rivera, I am the managing director of Macallister Precision, a family-owned machining company of 48 employees. Our spare-parts pricing has grown by accretion over three decades and no longer reflects our costs or our customers' willingness to pay. I should be grateful if we might arrange a meeting, in person or by video, to discuss whether you could assist us with a review. Yours sincerely, Edwina Macallister."),
  ], focus=True)]),

S("tw-0454", True, "A freelance video editor asks Sam, as a client, to help price his YouTube packages; Sam replies and he proposes times for a paid call.",
  "ask_call first_contact reciprocity",
  {"a": P("Casimir Oduya", tw="casimir_cuts")},
  [dm(T, "a", [
      ("a", "-3d 16:20", "Hey Sam! I edit videos for YouTubers, mostly education channels. I sell three packages (4, 8, 12 videos a month) and my biggest client pays less per video than my smallest, which feels backwards. Could I pay you for an hour to fix my package structure?"),
      (ME, "+3h", "Hi Casimir, happy to. Send me two or three slots that work for you and your current price list."),
      ("a", "+25m", "Amazing. Wed 2pm or Fri 10am Lisbon time? Price list coming in a sec."),
  ], focus=True)]),

S("tw-0455", True, "A two-person app studio asks for Sam's feedback on their pricing page before launching a free tier and offers to pay.",
  "ask_feedback first_contact",
  {"a": P("Saoirse Delacroix-Byrne", tw="saoirse_ships")},
  [dm(T, "a", [
      ("a", "-1d 12:50", "Hi Sam, we're a two-person studio with a habit-tracking app (2,300 paying users on £3.99/month). We're about to add a free tier and I'm worried we'll cannibalise the paid plan. Would you be willing to look at our new pricing page and tell us what's wrong with it? We'd pay for your time, obviously."),
  ], focus=True)]),

S("tw-0456", True, "A surf camp owner describes his seasonal pricing mess and asks, indirectly, whether this is something Sam takes on.",
  "indirect_ask first_contact",
  {"a": P("Jory Penhallow", tw="jory_swellcamp")},
  [dm(T, "a", [
      ("a", "-2d 20:40", "Evening Sam. I run a surf camp in Cornwall, lessons plus bunkhouse. We charge the same in August as in October and August sells out in March. My gut says we're leaving a lot on the table in summer and scaring people off in autumn. Not sure if a small outfit like ours is the kind of thing you'd take on?"),
  ], focus=True)]),

S("tw-0457", True, "In Spanish, the owner of a marketing agency in Valencia explains her retainer problem and asks for half an hour.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Maite Echevarría", tw="maite_brotagencia")},
  [dm(T, "a", [
      ("a", "-1d 18:10", "Hola Sam, no nos conocemos. Tengo una agencia de marketing en Valencia, somos siete. Cobramos igualas mensuales fijas y los clientes nos piden cada vez más por lo mismo; este año hemos facturado más y ganado menos. ¿Tendrías media hora para una llamada? Te pago la sesión, claro."),
  ], focus=True)]),

S("tw-0458", True, "In Spanish, a SaaS founder in Bogotá asks how much Sam would charge to review their per-user pricing.",
  "ask_rates first_contact non_english lang_es",
  {"a": P("Sebastián Quintero Álvarez", tw="sebas_nominapp")},
  [dm(T, "a", [
      ("a", "-3d 14:25", "Buenas Sam! Soy cofundador de Nominapp, un software de nómina para pymes en Colombia. Cobramos por empleado y los clientes grandes nos están pidiendo descuentos que no sabemos calcular. ¿Cuánto cobrarías por revisar nuestro modelo de precios? Podemos pagar en dólares."),
  ], focus=True)]),

S("tw-0459", True, "In French, the organiser of a craft fair asks Sam's rate for a paid pricing workshop for the exhibitors.",
  "ask_rates first_contact non_english lang_fr",
  {"a": P("Ghislaine Roussel", tw="ghislaine_fetedesmains")},
  [dm(T, "a", [
      ("a", "-2d 10:45", "Bonjour Sam, j'organise la Fête des Mains à Angers, un salon d'artisans (90 exposants). Beaucoup vendent à perte sans le savoir. Nous aimerions vous faire venir pour un atelier de deux heures sur la fixation des prix, rémunéré bien sûr. Quel serait votre tarif ?"),
  ], focus=True)]),

S("tw-0460", True, "In French, an independent architect explains she undercharges for renovation projects and asks whether they could talk by phone.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Apolline Marchadier", tw="apolline_archi")},
  [dm(T, "a", [
      ("a", "-1d 19:35", "Bonsoir, je suis architecte indépendante à Bordeaux. Je facture mes rénovations au pourcentage des travaux et sur les petits chantiers je travaille presque gratuitement. Est-ce qu'on pourrait s'appeler une demi-heure ? Je suis prête à payer la consultation."),
  ], focus=True)]),

S("tw-0461", True, "In German, a carpentry owner explains that custom kitchens lose money and asks for a phone call.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Reinhold Achterberg", tw="reinhold_holzwerk")},
  [dm(T, "a", [
      ("a", "-2d 07:10", "Guten Morgen Herr Rivera, ich führe eine Tischlerei mit neun Leuten bei Bremen. Bei Einbauküchen kalkulieren wir nach Stunden und verlieren bei fast jedem Auftrag Geld, weil die Planung nie mitbezahlt wird. Könnten wir nächste Woche telefonieren? Ihr Honorar ist kein Problem."),
  ], focus=True)]),

S("tw-0462", True, "In Portuguese, a Pilates studio owner describes empty morning classes and asks Sam for a video call.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Leonor Valadão", tw="leonor_pilatesbraga")},
  [dm(T, "a", [
      ("a", "-1d 21:00", "Olá Sam! Tenho um estúdio de Pilates em Braga. As aulas das 19h estão sempre cheias e as da manhã quase vazias, mas custam o mesmo. Pensei em preços diferentes por horário mas tenho medo de perder alunas. Podemos fazer uma videochamada esta semana? Pago a sessão."),
  ], focus=True)]),

S("tw-0463", True, "In Portuguese, a small accounting firm moving to monthly packages tags Sam publicly and asks whether he would do a paid consultation.",
  "ask_help first_contact non_english lang_pt",
  {"a": P("Rodrigo Pimentel Sá", tw="rodrigo_contasclaras")},
  [th(T, [
      ("a", "-2d 13:15", "@samrivera_io somos um gabinete de contabilidade de 5 pessoas em Setúbal e queremos passar de cobrar por documento para pacotes mensais. Faria uma consultoria paga connosco? Tenho DMs abertas."),
  ], focus=True)]),

# ----------------------------------------------------------------- sellers and other negatives (no call)
S("tw-0464", False, "A lead-generation agency owner quotes Sam's thread, answers Sam's question with a pitch for booked meetings, and asks for 15 minutes; selling to Sam.",
  "promotional keyword_trap first_contact reciprocity",
  {"a": P("Brody Halvorsen", tw="brody_pipelinefox")},
  [dm(T, "a", [
      ("a", "-2d 09:40", "Sam, your thread on retainers was 🔥, shared it with my whole team. Quick q, how are you getting new clients at the moment?"),
      (ME, "+2h", "Thanks Brody! Mostly referrals and the newsletter. Why?"),
      ("a", "+15m", "Love that. We run done-for-you outbound for consultants, 8-12 qualified calls a month on your calendar, you only pay for shows. Got 15 mins Thursday so I can walk you through it?"),
  ], focus=True)]),

S("tw-0465", False, "A founder asks for Sam's 'feedback' on an AI pricing assistant, which is a demo and a paid beta offer.",
  "promotional keyword_trap first_contact",
  {"a": P("Ashwin Tregellas", tw="ashwin_priceai")},
  [dm(T, "a", [
      ("a", "-1d 14:05", "Hi Sam, big fan of your newsletter. We've built an AI copilot that writes pricing proposals for consultants in 90 seconds. Would genuinely value your feedback, could I grab 20 minutes to show you? Feedback partners get the Pro plan at 60% off for a year."),
  ], focus=True)]),

S("tw-0466", False, "A freelance video editor casually offers to cut Sam's threads into short videos and asks to send samples; a service pitch.",
  "promotional first_contact typo",
  {"a": P("Jaxon Pilbeam", tw="jaxon_edits_")},
  [dm(T, "a", [
      ("a", "-2d 23:10", "yo Sam love ur stuff on pricing, u ever thought about turning the threads into shorts?? ur missing out on like 10x reach tbh. i edit for a few creators, can send u some samples + my packages, 3 vids free if u wanna test"),
  ], focus=True)]),

S("tw-0467", False, "A ghostwriter praises Sam's book at length and then offers to write his newsletter, asking for a quick call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": P("Perpetua Vance-Holloway", tw="perpetua_words")},
  [dm(T, "a", [
      ("a", "-3d 11:20", "Sam, I finished your book on the train this morning and the chapter on anchoring genuinely changed how I quote. Thank you. I ghostwrite newsletters for consultants and authors, and I can see you're publishing less often lately, which is a shame for readers like me. I'd love to take that off your plate. Open to a quick call this week?"),
  ], focus=True)]),

S("tw-0468", False, "A podcast-booking service offers to place Sam on top business shows for a monthly fee.",
  "promotional first_contact",
  {"a": P("Callista Brennan", tw="callista_guestbook")},
  [dm(T, "a", [
      ("a", "-1d 16:50", "Hi Sam! I run GuestBook, we get experts booked on business podcasts (100k+ downloads). Your pricing content would be perfect for 3-4 shows we work with. Our placement programme is $1,200/month with a guaranteed 4 bookings. Want me to send over the list of shows?"),
  ], focus=True)]),

S("tw-0469", False, "A summit organiser invites Sam to speak, then reveals a paid speaker package; Sam would be the one paying.",
  "promotional first_contact reciprocity",
  {"a": P("Dmitri Lowenthal", tw="dmitri_solosummit")},
  [dm(T, "a", [
      ("a", "-4d 10:00", "Hi Sam, we'd love to feature you as a speaker at the Solo Business Summit in Dublin this autumn!"),
      (ME, "+5h", "Thanks Dmitri, sounds interesting. What's the format and the audience?"),
      ("a", "+1h", "1,500 attendees, 20-min slots. Our featured speaker package is €1,450 and includes the stage slot, a booth and a spot in the promo video. Shall I reserve one for you before they go?"),
  ], focus=True)]),

S("tw-0470", False, "Under Sam's tweet about late invoices, a stranger agrees and then offers a demo of his invoicing software; a pitch in a reply.",
  "promotional keyword_trap first_contact",
  {"a": P("Grayson Mulcahy", tw="grayson_paynudge")},
  [th(T, [
      (ME, "-2d 08:50", "Late payment is a pricing problem. If you don't charge for waiting, clients will make you wait."),
      ("a", "+35m", "100% this. that's literally why we built PayNudge, it chases late invoices for you and adds late fees automatically. mind if I DM you a 10 min demo? free for your followers this month"),
  ], focus=True)]),

S("tw-0471", False, "A wealth adviser opens warmly about Sam's self-employed life and asks for 20 minutes to discuss a pension product.",
  "promotional keyword_trap first_contact",
  {"a": P("Humphrey Oakenfold", tw="humphrey_wealthplan")},
  [dm(T, "a", [
      ("a", "-2d 12:30", "Hi Sam, I've followed your journey since you went independent, really admirable. One thing I see with self-employed professionals is that pensions fall through the cracks. I specialise in tax-efficient plans for consultants living in Portugal. Would you have 20 minutes for a no-obligation chat?"),
  ], focus=True)]),

S("tw-0472", False, "A content marketer offers a free guest post for Sam's newsletter that carries a client's link; a backlink pitch.",
  "promotional first_contact",
  {"a": P("Marisol Featherstone", tw="marisol_contentlab")},
  [dm(T, "a", [
      ("a", "-3d 15:45", "Hi Sam, I'm a content writer and I'd love to contribute a guest article to your newsletter, something like '7 Pricing Mistakes Small Businesses Make'. It would include one contextual link to a client of ours in the fintech space. Totally free for you! Shall I send a draft?"),
  ], focus=True)]),

S("tw-0473", False, "A virtual assistant notices Sam posts daily and offers inbox and scheduling help at an hourly rate; a service pitch.",
  "promotional first_contact",
  {"a": P("Marilou Dacanay", tw="marilou_va")},
  [dm(T, "a", [
      ("a", "-1d 04:20", "Hello Sam, good day! I noticed you post every day and run workshops, you must be very busy. I am a virtual assistant with 6 years experience in inbox management, scheduling and Canva. My rate is $9/hour, minimum 20 hours a month. Can I send you my portfolio?"),
  ], focus=True)]),

S("tw-0474", False, "A growth coach adds Sam to a group DM with a dozen strangers to announce a paid masterclass; a mass message.",
  "mass_mention promotional first_contact",
  dict(crowd(12, 71), a=P("Thaddeus Rowntree", tw="thaddeus_scale")),
  [dm(T, "a " + ats(12), [
      ("a", "-2d 17:00", "Hey everyone 👋 added you because you're all ambitious solo consultants! My 'Scale to 20k Months' masterclass opens Monday, early bird €297 until Friday. Reply YES and I'll send the link 🚀"),
  ], focus=True)]),

S("tw-0475", False, "After Sam follows an account, it sends an automatic welcome DM with a link to a free template.",
  "automated first_contact",
  {"a": P("Priceworthy Templates", tw="priceworthy_tpl")},
  [dm(T, "a", [
      ("a", "-1d 06:02", "Thanks for the follow! 🙌 As a welcome gift, grab our free Rate Card Template here: priceworthy.example/free. Reply STOP to opt out of messages."),
  ], focus=True)]),

S("tw-0476", False, "A café owner asked for a call about menu prices two months ago and never wrote again; stale.",
  "stale ask_call first_contact",
  {"a": P("Bartholomew Nkemelu", tw="bart_grindhouse")},
  [dm(T, "a", [
      ("a", "-58d 16:10", "Hi Sam, I run a small café in Bristol and our coffee prices are way below everyone around us. Could we do a short call sometime?"),
  ], focus=True)]),

S("tw-0477", False, "A recruiter sends a template about an 'exciting opportunity' that cites Sam's profile and asks for a quick call.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Tamsyn Aldridge", tw="tamsyn_talentbridge")},
  [dm(T, "a", [
      ("a", "-2d 09:15", "Hi Sam, I came across your profile and was really impressed by your pricing expertise! I'm partnering with a fast-growing fintech on an exciting Head of Monetisation opportunity (hybrid, competitive package). Would you be open to a quick call to learn more?"),
  ], focus=True)]),

S("tw-0478", False, "In Spanish, a web design agency says Sam's site looks dated and asks for 15 minutes to present a redesign; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Iñaki Goikoetxea", tw="inaki_pixelnorte")},
  [dm(T, "a", [
      ("a", "-1d 13:00", "Hola Sam! Te sigo desde hace tiempo, me encanta cómo explicas los precios. Te escribo porque entré en tu web y, con todo el cariño, se queda un poco atrás de tu contenido. En Pixel Norte hacemos webs para consultores. ¿Te vendrían bien 15 minutos esta semana para enseñarte una propuesta?"),
  ], focus=True)]),

S("tw-0479", False, "In Spanish, a stranger opens with compliments and a 'business from home' opportunity; an MLM opener.",
  "promotional first_contact non_english lang_es",
  {"a": P("Yolanda Barrientos", tw="yoli_libertad")},
  [dm(T, "a", [
      ("a", "-2d 20:30", "Holaa Sam!! 😊 vi tu perfil y me pareces una persona súper emprendedora. Estoy armando un equipo para un negocio desde casa que se adapta a tu horario, sin jefes. ¿Te cuento más por aquí o te mando un audio?"),
  ], focus=True)]),

S("tw-0480", False, "In French, a freelance translator offers to translate Sam's book into French and asks for an exchange; a service pitch.",
  "promotional keyword_trap first_contact non_english lang_fr",
  {"a": P("Clémentine Aubriot", tw="clem_traduit")},
  [dm(T, "a", [
      ("a", "-3d 10:20", "Bonjour Sam, j'ai lu votre livre en anglais et je l'ai adoré. Je suis traductrice indépendante, spécialisée en business, et je pense qu'il mérite une version française. Je propose un forfait de traduction et de relecture. Seriez-vous partant pour un petit échange téléphonique afin que je vous présente mon devis ?"),
  ], focus=True)]),

S("tw-0481", False, "In German, a bookkeeping service offers to take over Sam's accounts and asks for a short phone call.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": P("Gerlinde Pfisterer", tw="gerlinde_buchfix")},
  [dm(T, "a", [
      ("a", "-2d 14:40", "Hallo Sam, als Selbstständiger verbringen Sie sicher zu viele Abende mit Belegen. Wir von BuchFix übernehmen die komplette Buchhaltung für Berater, auch mit Wohnsitz in Portugal, ab 149 € im Monat. Hätten Sie Zeit für ein kurzes Telefonat?"),
  ], focus=True)]),

S("tw-0482", False, "In German, an award organiser congratulates Sam on a nomination and asks for a participation fee; Sam would pay.",
  "promotional first_contact non_english lang_de",
  {"a": P("Konstantin Wehrle", tw="konstantin_beraterpreis")},
  [dm(T, "a", [
      ("a", "-1d 11:00", "Herzlichen Glückwunsch, Herr Rivera! Sie wurden von unserer Jury für den Deutschen Beraterpreis 2026 in der Kategorie Preisstrategie nominiert. Zur Bestätigung Ihrer Teilnahme fällt eine Bearbeitungsgebühr von 690 € an, inklusive Gala-Ticket und Siegel für Ihre Website."),
  ], focus=True)]),

S("tw-0483", False, "In Portuguese, an insurance broker offers professional liability cover and asks if he can call Sam.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Vasco Meireles", tw="vasco_segurospro")},
  [dm(T, "a", [
      ("a", "-2d 15:20", "Boa tarde Sam, tudo bem? Vi que trabalha como consultor independente em Lisboa. Muitos consultores não sabem que não estão cobertos se um cliente reclamar de um conselho. Trabalho com seguros de responsabilidade profissional a preços muito acessíveis. Posso ligar-lhe 10 minutos amanhã?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 11: Sam's Iberian, French and German-speaking network
S("tw-0484", True, "In Spanish (Spain), a Valencia ceramics teacher asks for a paid call about her class passes and Sam sets a time; the call is arranged but has not happened yet.",
  "ask_call first_contact reciprocity many_turns non_english lang_es",
  {"a": P("Rocío Almansa Benlloch", tw="rocio_tornovlc")},
  [dm(T, "a", [
      ("a", "-2d 18:40", "Hola Sam! Perdona que te escriba por aquí sin conocernos. Tengo un taller de cerámica en Russafa y doy clases de torno. Llevo tres años cobrando 25€ la clase suelta y 90€ el bono de cuatro, y con lo que ha subido el alquiler ya no me salen las cuentas. Leí tu hilo sobre bonos y me dejó pensando."),
      ("a", "+2m", "¿Te vendría bien una llamada esta semana o la que viene? Te pago la hora, claro, no quiero aprovecharme jaja"),
      (ME, "+3h", "Hola Rocío, encantado. Sí, me viene bien. ¿El jueves a las 17h de Lisboa (18h en Valencia)? Mándame antes los precios actuales y cuántos alumnos tienes al mes."),
      ("a", "+25m", "Perfecto, jueves a las 18h mías. Te mando ahora un excel con todo. ¡Mil gracias!"),
  ], focus=True)]),

S("tw-0485", True, "In Mexican Spanish, a Guadalajara coffee roaster replies to Sam's tweet asking what he would charge to review her wholesale list, and follows up in DMs.",
  "ask_rates first_contact reciprocity non_english lang_es",
  {"a": P("Ximena Villaseñor Arce", tw="xime_tuestegdl")},
  [th(T, [
      (ME, "-3d 15:00", "Wholesale price lists are where small roasters quietly lose their margin. A volume discount should buy you something: predictability, bigger drops, fewer deliveries."),
      ("a", "+1h", "Uff, justo nos pasa 😩 tenemos un tostador en Guadalajara y a las cafeterías les damos el mismo descuento compren 5 o 50 kilos. ¿Me compartes por DM cuánto cobrarías por revisar nuestra lista de mayoreo? Va en serio"),
      (ME, "+40m", "¡Claro, Ximena! Te escribo por DM."),
  ], focus=True),
   dm(T, "a", [
      (ME, "-3d 17:00", "Hola Ximena, gracias por escribir. Para pasarte un presupuesto necesito ver la lista actual y saber cuántos clientes de mayoreo tienen. ¿Me la mandas?"),
      ("a", "+2h", "¡Qué buena onda! Te la paso mañana temprano. Son 34 cafeterías y dos tiendas gourmet. ¿Tu presupuesto sería por proyecto o por hora?"),
  ], focus=True)]),

S("tw-0486", True, "In Quebec French, a Sherbrooke microbrewery co-owner asks for a half-hour call about wholesale prices and agrees a slot with Sam.",
  "ask_call first_contact reciprocity many_turns typo non_english lang_fr",
  {"a": P("Étienne Bourassa-Lapointe", tw="etienne_houblonestrie")},
  [dm(T, "a", [
      ("a", "-2d 20:15", "Salut Sam! Je suis copropriétaire d'une microbrasserie à Sherbrooke. On vient de rentrer dans les dépanneurs pis les épiceries, pis honnêtement on a aucune idée si nos prix de gros ont du bon sens. J'ai lu ton livre cet hiver, c'était pas pire pantoute 😄"),
      ("a", "+3m", "Tse, t'aurais-tu une trentaine de minutes pour un appel dans les prochaines semaines? On est pas presses la, mais on aimerait ca regler ca avant l'ete."),
      (ME, "+9h", "Salut Étienne ! Merci pour le mot sur le livre. Oui, avec plaisir. Je suis à Lisbonne, donc 5 h de décalage : mardi ou mercredi à 15 h chez toi, ça irait ?"),
      ("a", "+40m", "Mercredi 15 h c'est parfait. Je t'envoie nos prix par courriel d'ici là. Merci ben!"),
  ], focus=True)]),

S("tw-0487", True, "In Belgian French, a conference acquaintance silent for three years asks Sam to lead the pricing session of a workshop series for the self-employed and offers to call.",
  "reengagement ask_call non_english lang_fr",
  {"a": P("Maxime Vandenbroucke", tw="max_vdbroucke")},
  [dm(T, "a", [
      ("a", "-1150d 11:00", "Bonne route pour Lisbonne Sam ! On se revoit à la prochaine conf, une fois."),
      (ME, "+4h", "Merci Maxime ! Avec plaisir, à bientôt 🙂"),
      ("a", "-3d 09:20", "Salut Sam, ça fait une paye ! Je bosse maintenant dans une fédération d'indépendants à Namur, je m'occupe des formations. On organise un cycle de sept ateliers à l'automne et il nous manque quelqu'un sur la fixation des prix. J'ai tout de suite pensé à toi. Ça te dirait qu'on en parle ? Je peux t'appeler quand ça t'arrange. À tantôt !"),
  ], focus=True)]),

S("tw-0488", True, "In Austrian German, a Vienna coffee-house owner afraid to raise prices asks for a short paid phone call and fixes a time with Sam.",
  "ask_call first_contact reciprocity many_turns non_english lang_de",
  {"a": P("Leopold Wimmersberger", tw="poldi_kaffeehaus7")},
  [dm(T, "a", [
      ("a", "-1d 19:05", "Servus Sam! Ich führ ein kleines Kaffeehaus im 7. Bezirk. Heuer sind Milch und Miete so gestiegen, dass wir die Melange eigentlich um 40 Cent teurer machen müssten, aber ich trau mich nicht, die Stammgäste sind eh schon grantig."),
      ("a", "+1m", "Hättest du vielleicht Zeit für ein kurzes Telefonat? Zahl natürlich gern dafür."),
      (ME, "+2h", "Servus Leopold! Gerne. Morgen ab 14 Uhr eurer Zeit geht's bei mir. Schickst du mir vorher die Karte mit den aktuellen Preisen?"),
      ("a", "+15m", "Passt, morgen 14 Uhr. Karte schick ich gleich. Danke dir vielmals!"),
  ], focus=True)]),

S("tw-0489", True, "In Swiss Standard German, a trade association director asks whether Sam would give a talk at their general assembly and what fee to expect, then proposes a phone call.",
  "ask_rates ask_call first_contact reciprocity non_english lang_de",
  {"a": P("Regula Hässig-Brunner", tw="regula_gewerbe_zo")},
  [dm(T, "a", [
      ("a", "-3d 10:30", "Grüezi Herr Rivera. Ich bin Geschäftsführerin eines regionalen Gewerbeverbands im Zürcher Oberland (rund 400 Mitglieder, vor allem Handwerksbetriebe und Detailhandel). An unserer Generalversammlung im Herbst möchten wir ein Referat zur Preisgestaltung anbieten, gerne auch auf Englisch. Dürfte ich Sie fragen, ob Sie dafür grundsätzlich zur Verfügung stünden und mit welchem Honorar wir rechnen müssten? Freundliche Grüsse, Regula Hässig"),
      (ME, "+6h", "Grüezi Frau Hässig, vielen Dank für die Anfrage. Grundsätzlich gerne. Können Sie mir Datum, Dauer und Format nennen? Dann schicke ich Ihnen ein Angebot."),
      ("a", "+1d 08:15", "Besten Dank für die rasche Antwort. Donnerstag, 23. Oktober, 45 Minuten plus Fragen, in Uster. Die Reisekosten übernehmen wir selbstverständlich. Am einfachsten wäre vielleicht ein kurzes Telefonat nächste Woche?"),
  ], focus=True)],
  as_of="2025-06-10 07:30"),

S("tw-0490", True, "In Brazilian Portuguese, a São Paulo SaaS founder answers Sam's freemium tweet with 'bora marcar uma call?' and DMs asking for thirty minutes.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": P("Thalita Guimarães Prado", tw="thali_agendapro")},
  [th(T, [
      (ME, "-2d 13:00", "Freemium is a marketing budget, not a pricing model. If you can't say what it costs you per converted customer, you don't have a free tier, you have a leak."),
      ("a", "+25m", "Caramba, isso doeu 😅 a gente tem 11 mil usuários no free e só 1,8% converte. Sam, bora marcar uma call? Sou fundadora de um SaaS de agendamento pra clínicas em SP, te mando DM"),
      (ME, "+1h", "Manda sim, Thalita!"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 15:10", "Oi Sam! Thalita aqui, do tweet do freemium. Resumindo: plano free ilimitado e plano pro a R$ 89/mês. Queria muito ouvir sua opinião e, se fizer sentido, contratar uma consultoria. Você tem uma janela de 30 min essa semana ou na próxima? Pode ser no seu fim de tarde, aqui ainda vai ser começo da tarde."),
  ], focus=True)]),

S("tw-0491", True, "In European Portuguese, a Porto podcast host invites Sam on the show and, after Sam accepts, asks for a 20-minute prep call next week.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": P("Gonçalo Trindade Sarmento", tw="goncalo_margempod")},
  [dm(T, "a", [
      ("a", "-4d 11:45", "Olá Sam, bom dia. Sou o Gonçalo e faço o podcast 'Margem', sobre pequenos negócios em Portugal (vamos no episódio 63). Gostávamos muito de o ter como convidado para uma conversa sobre preços e inflação. Gravamos no Porto, mas também pode ser à distância. Teria disponibilidade em junho?"),
      (ME, "+3h", "Olá Gonçalo! Conheço o Margem, com muito gosto. Junho está ótimo. Se der, prefiro gravar presencialmente, há muito tempo que não vou ao Porto."),
      ("a", "+1d 09:10", "Excelente! Antes da gravação costumamos fazer uma chamada de 20 minutos para alinhar os temas. Pode ser na próxima terça ou quarta de manhã?"),
  ], focus=True)],
  as_of="2025-05-14 07:00"),

S("tw-0492", True, "A Hamburg logistics founder writing careful non-native English asks for a paid call about moving from per-stop prices to a monthly fee.",
  "ask_call first_contact",
  {"a": P("Henning Oltmanns", tw="henning_letzte_meile")},
  [dm(T, "a", [
      ("a", "-1d 10:10", "Hello Mr. Rivera, I hope it is okay that I write you here directly. I am one of two founders of a small logistics start-up in Hamburg (we organise last-mile delivery for bakeries and butchers). Since longer we are thinking about changing from a price per stop to a monthly fee per customer, but we are not sure how to calculate it and our customers are very price sensitive."),
      ("a", "+4m", "Would you have capacity for a short call in the next two weeks? We would of course pay for your time. Best regards from Hamburg, Henning"),
  ], focus=True)]),

S("tw-0493", True, "A Bilbao boxing-gym owner, new to Sam, asks one substantive question after another under his tweet on tiers while Sam answers within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": P("Begoña Echevarría Ruiz", tw="bego_boxeobilbo")},
  [th(T, [
      (ME, "-2d 09:00", "Three membership tiers work when the middle one is the one you want people to buy and the top one makes it look reasonable. Most gyms build them the other way round."),
      ("a", "+12m", "This is interesting. I have a small boxing gym in Bilbao, we have only one price (55€). If I add a cheaper one, don't I lose money from people who go down?"),
      (ME, "+6m", "Some will. Make the cheaper tier clearly worse on the thing your members value most (usually class times), not just cheaper."),
      ("a", "+5m", "Ok so for example cheap tier only morning classes? Evening is always full, mornings are empty."),
      (ME, "+4m", "Exactly. An off-peak tier fills the mornings and protects the evenings."),
      ("a", "+7m", "And the top one? Personal training is included in some gyms here but my coaches are only two."),
      (ME, "+9m", "Don't include PT. Include priority booking and a guest pass: scarce for them, cheap for you."),
      ("a", "+3m", "Wow ok, this is the best advice I got this year and it is free 😅 I am writing everything. Last one: when I change, do the current members keep 55?"),
  ], focus=True)]),

S("tw-0494", True, "A Lyon furniture company co-founder writes on Twitter and sends a LinkedIn invitation the same afternoon asking for a call about a discounting project.",
  "cross_platform first_contact ask_call",
  {"a": P("Aurélien Duthoit-Salles", tw="aurelien_duthoit", li=True)},
  [dm(T, "a", [
      ("a", "-3d 16:20", "Hi Sam, I'm the cofounder of a Lyon-based company making modular furniture for offices. We sell B2B and our sales team discounts like crazy, we lose maybe 12 points of margin. I'd like to discuss a mission with you, maybe a call next week? I also send you an invitation on LinkedIn."),
  ], focus=True),
   net("a", [
      ("a", "-3d 16:31", "Hello Sam, following my Twitter message about the discount policy of our B2B sales. Happy to connect."),
      (ME, "+5h", "", "connection"),
  ], focus=True)]),

S("tw-0495", True, "A former Madrid client introduces a Berlin founder in a group DM and he asks Sam to coffee or lunch in Lisbon next week; lunch is agreed.",
  "introduction first_contact ask_meeting reciprocity many_turns",
  {"k": P("Lorena Iturbe Salcedo", tw="lorena_iturbe"), "n": P("Jannik Vollrath", tw="jannik_lastenrad")},
  [dm(T, "k", [
      ("k", "-210d 18:00", "Sam! Our new price list has been live for a month: revenue +9%. Te debo una cena 🍷"),
      (ME, "+1h", "¡Enhorabuena Lorena! Acepto la cena."),
  ]),
   dm(T, "k n", [
      ("k", "-2d 10:00", "Sam, meet Jannik. He runs a Berlin startup that rents e-cargo bikes to shops, and he's in Lisbon next week. I told him you sorted out our price list. Jannik, Sam is the best, be nice 😄"),
      ("n", "+35m", "Thanks Lorena! Hi Sam, nice to meet you. I'll be in Lisbon Tuesday to Friday for a conference. Could I invite you for a coffee or lunch? I'd love to hear your thoughts on our subscription tiers, we are about to launch in two new cities."),
      (ME, "+2h", "Hi Jannik, welcome! Happy to. Wednesday lunch near Cais do Sodré?"),
      ("n", "+20m", "Perfect, Wednesday it is. I'll send you a pin."),
  ], focus=True)]),

S("tw-0496", True, "A junior pricing analyst in Curitiba asks, very tentatively, whether Sam would be open to half an hour and occasional mentoring.",
  "ask_chat indirect_ask first_contact",
  {"a": P("Luana Figueiredo Castilho", tw="luana_precifica")},
  [dm(T, "a", [
      ("a", "-2d 22:10", "Hi Sam! I'm a junior pricing analyst at a retail company in Curitiba, 8 months in the job. Your newsletter is honestly how I learned half of what I do 🙏 I don't want to take your time, but if at some point you had half an hour I'd love to hear how you built your career in pricing, and whether you'd be open to something like occasional mentoring, even once every few months. No pressure at all!"),
  ], focus=True)]),

S("tw-0497", True, "A Galway bookkeeping SaaS founder asks Sam to tear apart their new pricing page for a fee and go through it on a call; Sam agrees and dates are offered.",
  "ask_feedback ask_call first_contact reciprocity",
  {"a": P("Cathal Ó Briain", tw="cathal_ledgerbox")},
  [dm(T, "a", [
      ("a", "-1d 12:40", "Sam, long-time lurker, first DM. We're a 6-person bookkeeping SaaS out of Galway and we're relaunching our pricing page on the 1st. Three plans, annual toggle, the lot. Would you be up for tearing it apart? Happy to pay for an hour of your time, and a call afterwards to go through it would be gold."),
      (ME, "+3h", "Hi Cathal, happy to have a look. Send me the link and I'll come back with notes; we can do a call after."),
      ("a", "+10m", "Legend. Staging link and our current conversion numbers below. Any time Thursday or Friday works for the call."),
  ], focus=True)]),

S("tw-0498", True, "A reporter at a Zurich English-language business weekly on deadline asks to phone Sam for ten minutes today or tomorrow for a comment.",
  "ask_call first_contact",
  {"a": P("Fiona Brandenberger", tw="fiona_brandenb")},
  [dm(T, "a", [
      ("a", "-1d 13:20", "Hi Sam, I'm a reporter at a Zurich-based English-language business weekly. I'm writing a piece on why Swiss restaurants are adding 'service packages' instead of raising menu prices and I'd love a comment from you. Could I phone you for 10 minutes today or tomorrow morning? Deadline is Thursday noon."),
  ], focus=True)]),

S("tw-0499", True, "A Ghent coffee-subscription founder Sam met two months ago has a price-increase email going wrong right now and asks for 20 paid minutes tonight or tomorrow.",
  "ask_help ask_call",
  {"a": P("Pieter-Jan Verstraete", tw="pj_verstraete")},
  [dm(T, "a", [
      ("a", "-62d 20:00", "Great meeting you in Ghent, Sam! Thanks for the book tip."),
      (ME, "+12h", "Likewise PJ, enjoy the book!"),
      ("a", "-1d 17:45", "Sam, small emergency 😬 we emailed our 300 subscribers yesterday about the price increase for the coffee subscription and we already have 41 cancellations and some very angry replies. I think we did the email wrong (no reason given, no grandfathering). Do you have 20 minutes tonight or tomorrow to help me decide what to send next? I'll pay of course."),
  ], focus=True)]),

S("tw-0500", False, "In Spanish, a friend from San Sebastián sends her yearly Christmas greeting and Sam answers in kind; nothing to follow up.",
  "small_talk reciprocity non_english lang_es",
  {"a": P("Consuelo Arrieta Mugica", tw="consu_arrieta")},
  [dm(T, "a", [
      ("a", "-367d 20:00", "¡Feliz Navidad Sam! Un abrazo desde Donosti 🎄"),
      (ME, "+14h", "¡Feliz Navidad, Consuelo! Otro abrazo para ti."),
      ("a", "-2d 21:30", "¡Feliz Navidad Sam! 🎄✨ Que pases unas fiestas preciosas con los tuyos y que el 2026 venga cargadito de cosas buenas. ¡Un abrazo enorme desde Donosti!"),
      (ME, "+13h", "¡Gracias Consuelo! Feliz Navidad para ti también, un abrazo fuerte a toda la familia 🎄"),
      ("a", "+20m", "❤️❤️"),
  ], focus=True)],
  as_of="2025-12-26 08:00"),

S("tw-0501", False, "In Argentine Spanish, a friend vents about a 45-minute llamada with his landlord over a broken boiler; fast banter that ends in a joke about an asado.",
  "keyword_trap small_talk reciprocity many_turns fast_reply typo non_english lang_es",
  {"a": P("Facundo Lastreto", tw="facu_lastreto")},
  [dm(T, "a", [
      ("a", "-280d 23:10", "feliz cumple hermano!! 🎉"),
      (ME, "+9h", "¡Gracias Facu! Un abrazo grande."),
      ("a", "-1d 22:40", "che Sam, no sabes lo que fue mi dia. me tuve que bancar una llamada de 45 minutos con el dueño del depto porque se rompió el calefón y según él es culpa mía 🙄"),
      (ME, "+8h", "jajaja clásico. ¿Y al final quién lo paga?"),
      ("a", "+5m", "él, obvio, le mandé el contrato por whatsapp y se quedó mudo. igual qué bronca, perdí toda la tarde"),
      (ME, "+3m", "Bien ahí. Asado para celebrar cuando vuelva a Buenos Aires."),
      ("a", "+2m", "dale, vos traés el vino 🍷"),
  ], focus=True)],
  as_of="2025-07-15 08:30"),

S("tw-0502", False, "In Spanish, a selection consultancy sends a Head of Pricing template and asks for a fifteen-minute llamada; a recruiter.",
  "recruiter_template keyword_trap first_contact non_english lang_es",
  {"a": P("Nerea Salaberri Oyarzun", tw="nerea_seleccion")},
  [dm(T, "a", [
      ("a", "-2d 09:40", "Hola Sam, ¿qué tal? Soy Nerea, consultora senior en una consultora de selección de Madrid. He visto tu perfil y tu trayectoria en pricing encaja muy bien con un proceso que llevamos para una importante empresa del sector retail: Head of Pricing, Madrid, modelo híbrido y paquete muy competitivo. ¿Tendrías disponibilidad para una llamada de 15 minutos esta semana y te cuento más? ¡Un saludo!"),
  ], focus=True)]),

S("tw-0503", False, "In French, a friend jokes under Sam's tweet that she just lost an appel d'offres on price; commiseration, no ask.",
  "keyword_trap small_talk reciprocity non_english lang_fr",
  {"a": P("Clotilde Marchal-Duvernoy", tw="clo_marchal")},
  [dm(T, "a", [
      ("a", "-190d 12:00", "Sam !! Trop contente de t'avoir croisé à Paris hier soir. Bon retour à Lisbonne 😘"),
      (ME, "+3h", "Moi aussi Clotilde ! À la prochaine."),
  ]),
   th(T, [
      (ME, "-1d 08:30", "If you lose a tender on price, you didn't lose on price. You lost on everything you failed to make them value before the price came up."),
      ("a", "+40m", "Bon ben je me sens visée 😅 on vient de perdre l'appel d'offres de la métropole, 3 % plus cher que le concurrent. Du coup je relis ton tweet en boucle."),
      (ME, "+15m", "Courage Clotilde ! 3 %, c'est rageant."),
      ("a", "+10m", "Grave. Allez, on se console avec un verre ce soir. Bisous à Lisbonne !"),
  ], focus=True)]),

S("tw-0504", False, "In French, an account pushes CPF-funded training courses and offers a callback if Sam replies OUI; spam.",
  "spam promotional first_contact non_english lang_fr",
  {"a": P("Mélissa Garnier-Bouaziz", tw="melissa_droitsformation")},
  [dm(T, "a", [
      ("a", "-1d 11:05", "Bonjour Sam 👋 Saviez-vous que vos droits CPF peuvent financer à 100 % une formation certifiante en anglais, bureautique ou création d'entreprise ? Il vous reste peut-être plus de 1 500 € à utiliser avant qu'ils n'expirent ! Un conseiller peut vous rappeler aujourd'hui, il suffit de me répondre OUI ✅"),
  ], focus=True)]),

S("tw-0505", False, "In Swiss French, a Geneva travel agency owner thanks Sam for yesterday's call and says he will report back; the call has happened.",
  "closed thanks_only ask_call reciprocity first_contact non_english lang_fr",
  {"a": P("Frédéric Jaquier", tw="fred_jaquier_ge")},
  [dm(T, "a", [
      ("a", "-9d 10:00", "Bonjour Sam, je dirige une petite agence de voyages à Genève et nos forfaits sont devenus illisibles, on a douze variantes du même circuit. Auriez-vous un moment pour un appel ? On peut s'appeler sur mon natel."),
      (ME, "+2h", "Bonjour Frédéric, volontiers. Mardi 15 h ?"),
      ("a", "+30m", "Parfait, merci."),
      ("a", "-1d 18:20", "Merci encore pour l'appel de cet après-midi, c'était très éclairant. On teste la formule à trois niveaux dès la rentrée et je vous tiens au courant. Belle soirée !"),
      (ME, "+1h", "Avec plaisir Frédéric, bonne chance pour la rentrée !"),
  ], focus=True)]),

S("tw-0506", False, "In German, a Lisbon running group's DM confirms Saturday's Treffen at the usual spot; club logistics, not a meeting with Sam.",
  "keyword_trap small_talk reciprocity many_turns non_english lang_de",
  {"a": P("Wiebke Thormählen", tw="wiebke_laeuft"), "b": P("Ole Brinkhaus", tw="ole_brinkhaus"),
   "c": P("Svenja Rathjen", tw="svenja_rathjen")},
  [dm(T, "a b c", [
      ("a", "-2d 19:00", "Moin zusammen! Treffen am Samstag wie immer um 8 Uhr am Padrão, 12 km locker. Wer ist dabei?"),
      ("b", "+12m", "Bin dabei 🏃‍♀️"),
      (ME, "+30m", "Ich auch, ich bring Wasser mit."),
      ("c", "+1h", "Diesmal leider nicht, das Knie zickt. Nachste Woche wieder!"),
      ("a", "+10m", "Gute Besserung! Dann bis Samstag 👋"),
  ], focus=True)]),

S("tw-0507", False, "In German, a pension salesman opens with praise for Sam's self-employment and keeps pushing for a 20-minute call after Sam says no.",
  "promotional keyword_trap first_contact reciprocity non_english lang_de",
  {"a": P("Torsten Hellwig-Bramstedt", tw="torsten_vorsorgecheck")},
  [dm(T, "a", [
      ("a", "-2d 08:55", "Hallo Sam, ich sehe, du bist seit ein paar Jahren selbstständig, Respekt! 💪 Eine Frage, die ich allen Selbstständigen stelle: Wie sieht eigentlich deine Altersvorsorge aus? Die meisten haben da eine riesige Lücke, ohne es zu wissen. Ich hab ein Konzept speziell für Freiberufler im Ausland. Lass uns doch mal 20 Minuten telefonieren, ganz unverbindlich!"),
      (ME, "+5h", "Danke, ich bin da gut aufgestellt."),
      ("a", "+10m", "Das sagen viele 😉 Ein kurzer Check kostet nichts. Wann passt es dir besser, Dienstag oder Donnerstag?"),
  ], focus=True)]),

S("tw-0508", False, "In Austrian German, a family hotel asked Sam for an Angebot seven weeks ago and never answered his questions; stale.",
  "stale ask_rates first_contact reciprocity non_english lang_de",
  {"a": P("Johanna Pirchegger", tw="johanna_alpenhof34")},
  [dm(T, "a", [
      ("a", "-52d 14:10", "Grüß Gott Herr Rivera, wir führen ein Familienhotel im Salzburger Land (34 Zimmer) und möchten unsere Preise für die Wintersaison überarbeiten. Könnten Sie uns ein Angebot für eine Beratung schicken?"),
      (ME, "+4h", "Grüß Gott Frau Pirchegger, sehr gerne. Damit ich ein Angebot machen kann: Wie buchen Ihre Gäste, direkt oder über Plattformen, und bis wann bräuchten Sie die neuen Preise?"),
  ], focus=True)]),

S("tw-0509", False, "In Brazilian Portuguese, a viewer asks how to ligar (turn on) Portuguese subtitles on Sam's video; one line settles it.",
  "trivial_question keyword_trap reciprocity first_contact non_english lang_pt",
  {"a": P("Rafaela Cunha Bittencourt", tw="rafa_bittencourt")},
  [th(T, [
      (ME, "-2d 12:00", "New video: how to read a competitor's price list without copying it. 12 minutes, subtitles in PT, ES and FR."),
      ("a", "+1h", "Sam, como eu ligo a legenda em português? Aqui só aparece em inglês 🥲"),
      (ME, "+20m", "Oi Rafaela! Clica na engrenagem ⚙️ > Legendas > Português. Se não aparecer, atualiza a página."),
      ("a", "+5m", "Funcionou!! Valeu 🙌"),
  ], focus=True)]),

S("tw-0510", False, "In Portuguese, a Lisbon business owner wishes boas festas to a dozen accounts, Sam among them; a mass greeting.",
  "mass_mention small_talk non_english lang_pt",
  dict(crowd(12, 83), a=P("Teresa Valente Corvacho", tw="teresa_corvacho")),
  [th(T, [
      ("a", "-1d 10:00", "Boas festas a todos! 🎄 Obrigada por mais um ano de partilha, de conversas e de cafés. Que 2026 traga muita saúde e bons negócios! 🥂", {"at": ats(12)}),
  ], focus=True)],
  as_of="2025-12-24 08:00"),

S("tw-0511", False, "In Brazilian Portuguese, a stranger calls Sam 'super empreendedor' and offers an extra-income opportunity by audio message; an MLM opener.",
  "promotional first_contact non_english lang_pt",
  {"a": P("Kelly Cristina Mafra", tw="kellymafra_livre")},
  [dm(T, "a", [
      ("a", "-1d 21:15", "Oiii Sam, tudo bem? 😍 Vi seu perfil e achei você super empreendedor! Tô numa oportunidade incrível de renda extra que tá mudando a vida de muita gente aqui no Brasil e em Portugal, dá pra fazer pelo celular, no seu tempo. Posso te mandar um áudio rapidinho explicando? 🚀"),
  ], focus=True)]),

S("tw-0512", False, "A Bilbao shopkeeper thanks Sam in non-native English for a thread and Sam acknowledges it; nothing more.",
  "thanks_only first_contact reciprocity",
  {"a": P("Íñigo Basterretxea", tw="inigo_basterre")},
  [th(T, [
      (ME, "-2d 09:15", "Six signs your prices are too low, from the shops I worked with this year. A thread."),
      ("a", "+3h", "Thank you very much for this thread, is very useful for my little shop in Bilbao! 🙏"),
      (ME, "+1h", "Glad it helps, Íñigo!"),
  ], focus=True)]),

S("tw-0513", False, "A stranger replies to Sam's tweet with three fire emoji.",
  "emoji_only first_contact",
  {"a": P("Nadège Kouassi-Leroy", tw="nadege_kl")},
  [th(T, [
      (ME, "-1d 10:30", "Your price is a sentence about your business. Most small shops are saying 'please don't leave'."),
      ("a", "+2h", "🔥🔥🔥"),
  ], focus=True)]),

S("tw-0514", False, "A stranger mocks Sam's advice to restaurants and tells him to 'call me when you've made payroll'; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Brett Culligan", tw="brettc_realtalk")},
  [th(T, [
      (ME, "-2d 11:00", "Small restaurants: stop apologising for your prices. Explain them once, on the menu, and move on."),
      ("a", "+1h", "easy to say from a laptop in lisbon mate. call me when you've made payroll for 14 staff in a cost of living crisis. 'pricing consultant' lol"),
  ], focus=True)]),

S("tw-0515", False, "A conference bot reminds Sam of his ticket and promotes its app for booking one-to-one meetings; automated.",
  "automated keyword_trap",
  {"a": P("PriceCon Europe", tw="priceconeu_bot")},
  [dm(T, "a", [
      ("a", "-1d 07:00", "⏰ 3 days to go! Your ticket for PriceCon Europe (Barcelona) is confirmed. Download the attendee app to book 1:1 meetings with speakers and sponsors. Your QR code: pce.example/t/88213. Reply HELP for support."),
  ], focus=True)]),

S("tw-0516", False, "Sam offered a call to a Berlin founder he met at a meetup two and a half months ago and never heard back; owner only.",
  "owner_only ask_call",
  {"a": P("Konrad Stellmacher", tw="konrad_stellmacher")},
  [dm(T, "a", [
      (ME, "-75d 10:00", "Hi Konrad, great meeting you at the Berlin meetup. If you'd like to talk through the reseller pricing you mentioned, happy to jump on a call."),
  ], focus=True)]),

S("tw-0517", False, "A Ghent branding agency asked for a May workshop, Sam said he is fully booked, and they replied no worries; declined and closed.",
  "closed declined reciprocity first_contact",
  {"a": P("Lieselotte De Wachter", tw="liese_dewachter")},
  [dm(T, "a", [
      ("a", "-6d 10:00", "Hi Sam, we're a branding agency in Ghent and we'd love you to run a half-day pricing workshop for our team in the week of 12 May. Would that be possible?"),
      (ME, "+5h", "Hi Lieselotte, thanks a lot for thinking of me. Unfortunately I'm fully booked until mid-June, so I'll have to pass this time. Happy to suggest someone in Belgium if that helps."),
      ("a", "+1d 09:00", "No worries at all, we'll look at other options for spring. Thanks for the quick answer!"),
  ], focus=True)],
  as_of="2025-04-22 07:00"),

S("tw-0518", False, "A Follow Friday list of thirteen pricing accounts 'from Lisbon to Berlin' includes Sam; a mass mention.",
  "mass_mention small_talk",
  dict(crowd(13, 88), a=P("Mateus Quintela", tw="mateus_quintela")),
  [th(T, [
      ("a", "-1d 12:00", "#FF pricing & revenue people worth following, from Lisbon to Berlin 👇", {"at": ats(13)}),
  ], focus=True)]),

S("tw-0519", False, "A Munich executive-search partner sends a polished VP Pricing template and asks for a confidential call; a recruiter.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Maximilian Oberhuber-Kranz", tw="mok_execsearch")},
  [dm(T, "a", [
      ("a", "-2d 08:20", "Dear Sam, I hope this message finds you well. I am a Partner at an executive search firm based in Munich, currently mandated by a leading listed industrial group to fill the role of VP Global Pricing. Your profile stood out as an excellent match. Would you be available for a confidential call this week?"),
  ], focus=True)]),

S("tw-0520", False, "An old friend riffs on 'this meeting could have been an email' under Sam's tweet; banter with no ask.",
  "keyword_trap small_talk reciprocity",
  {"a": P("Dominic Ashworth-Pryce", tw="dom_ashpryce")},
  [dm(T, "a", [
      ("a", "-400d 19:00", "Pints when you're back in London?"),
      (ME, "+1h", "Always."),
  ]),
   th(T, [
      (ME, "-1d 17:30", "Today I had six meetings. Five could have been an email, the sixth was a lunch."),
      ("a", "+20m", "'this meeting could have been an email' is my entire personality now 😂"),
      (ME, "+10m", "As it should be."),
      ("a", "+5m", "we should get t-shirts made"),
  ], focus=True)]),

S("tw-0521", False, "A listener asks which book Sam meant in a podcast, Sam answers in one line and she thanks him; settled.",
  "trivial_question reciprocity first_contact",
  {"a": P("Aoife Gallagher-Mendes", tw="aoife_gm")},
  [th(T, [
      (ME, "-3d 09:00", "Had a great time on a podcast about pricing for makers this week. Link below."),
      ("a", "+5h", "loved it! which book was the one on the price sensitivity meter you mentioned around minute 30?"),
      (ME, "+40m", "That one is actually chapter 4 of my own book 😅 but the original 1976 paper is worth reading too."),
      ("a", "+6m", "ha, of course it is. ordering it now, thanks!"),
  ], focus=True)]),

S("tw-0522", False, "A former project colleague silent for two and a half years resurfaces to pitch a tokenised real-estate fund 'on a quick call'.",
  "reengagement promotional keyword_trap",
  {"a": P("Rupert Fenwick-Oduya", tw="rupert_fo")},
  [dm(T, "a", [
      ("a", "-900d 16:00", "Great working with you on the telco project, Sam!"),
      (ME, "+2h", "Likewise Rupert, take care!"),
      ("a", "-2d 11:30", "Sam! Long time. Hope Lisbon is treating you well. I've moved into digital assets, we've got a tokenised real-estate fund with a 14% target yield and a few spots for friends & family before it opens. Would love to catch up on a quick call and walk you through it?"),
  ], focus=True)]),

S("tw-0523", False, "An Alfama bakery owner asked for a call and, before Sam answered, wrote that her accountant found someone else; withdrawn.",
  "closed ask_call first_contact",
  {"a": P("Chiara Benassi-Rocha", tw="chiara_fornoalfama")},
  [dm(T, "a", [
      ("a", "-3d 20:00", "Hi Sam! I have a small bakery in Alfama, could we have a call about our wholesale prices this week?"),
      ("a", "+1d 11:00", "Ah sorry, never mind! My accountant found someone who does this for bakeries specifically. Thanks anyway and sorry for the message 🙈"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 12: people Sam already knows (calls)
S("tw-0524", True, "A bakery client silent for two years is turning the business into a franchise and asks for a call about what to charge franchisees.",
  "reengagement ask_call",
  {"a": P("Orla Kenwright-Dias", tw="orla_crumbhouse")},
  [dm(T, "a", [
      ("a", "-780d 17:20", "Invoice paid! The new loyalty card prices are live in all four shops. Thanks Sam."),
      (ME, "+2h", "Brilliant, Orla. Enjoy the launch."),
      ("a", "-2d 10:05", "Sam! Long time. Crumb House is going franchise: three people want to open one under our name and I have no clue what to charge them. Upfront fee, royalty, both? I'd rather pay you to get it right than guess. Can we have a call this week or next?"),
  ], focus=True)]),

S("tw-0525", True, "A former colleague silent for ten months proposes a joint UX-plus-pricing teardown offer and they agree a call for Friday.",
  "reengagement ask_call reciprocity fast_reply",
  {"a": P("Declan Fairbrother", tw="declan_fb_ux")},
  [dm(T, "a", [
      ("a", "-310d 18:00", "Saw you're going independent, about time! Pint before you leave?"),
      (ME, "+1h", "Definitely. Thursday?"),
      ("a", "-1d 11:40", "Right, hear me out. I've been doing UX audits for SaaS companies since I left too, and half my clients end up asking about their pricing page, which I can't answer. You can. What if we sold a joint 'pricing page teardown': my UX review plus your pricing review, one price, split 50/50? Fancy a call Friday to sketch it?"),
      (ME, "+40m", "I like it a lot. Friday 3pm Lisbon time?"),
      ("a", "+8m", "Done. I'll bring two clients who'd buy it tomorrow."),
  ], focus=True)]),

S("tw-0526", True, "A friend who runs a climbing gym moves from football banter to asking for a proper chat about membership prices this week.",
  "ask_chat ask_call reciprocity fast_reply",
  {"a": P("Niamh Castellucci", tw="niamh_bouldershed")},
  [dm(T, "a", [
      ("a", "-20d 21:15", "did you see that penalty 😂"),
      (ME, "+5m", "daylight robbery"),
      ("a", "-1d 19:10", "ok different topic. got time for a proper chat about the gym this week? I need your brain"),
      (ME, "+25m", "always. what's going on?"),
      ("a", "+9m", "2 years in, 400 members, one price for everyone, and the new wall cost a fortune. thinking peak/off-peak or a family plan but I don't want a revolt. call wednesday night?"),
  ], focus=True)]),

S("tw-0527", True, "A mentee has a pay negotiation for a team-lead role on Thursday and asks for a session, even by phone, before then.",
  "ask_call ask_help",
  {"a": P("Ifeoma Trask", tw="ifeoma_builds")},
  [dm(T, "a", [
      ("a", "-70d 20:00", "Thanks for Tuesday's session, I'll book the next one after my review."),
      (ME, "+1h", "Good luck with the review!"),
      ("a", "-2d 18:30", "Hi Sam! Review went well and they've offered me the team lead role, but the number is lower than I expected. The negotiation meeting is Thursday. Could we squeeze in a session before then? Even 30 min on the phone would stop me from caving."),
  ], focus=True)]),

S("tw-0528", True, "An old classmate, now a business journalist, writes after three years to ask for a 15-minute phone interview on concert-ticket pricing before Friday.",
  "reengagement ask_call",
  {"a": P("Rowan Achterberg", tw="rowan_writes_money")},
  [dm(T, "a", [
      ("a", "-1100d 23:10", "Great to see you at the reunion! Still can't believe you remembered the chemistry lab fire."),
      (ME, "+9h", "Nobody forgets that lab fire."),
      ("a", "-1d 15:20", "Sam, a work one this time: I'm at the Harbour Business Review now and writing about gig tickets that triple in price the minute they go on sale. You're the only pricing person I actually know. Could I ring you tomorrow morning for 15 minutes? Deadline is Friday."),
  ], focus=True)]),

S("tw-0529", True, "A conference acquaintance introduces a meal-kit founder in a group DM and the founder asks Sam for a paid call about his plan tiers.",
  "introduction first_contact ask_call",
  {"k": P("Bettina Oyelaran-Roth", tw="bettina_talks_saas"), "n": P("Hamish Valtonen", tw="hamish_forkful")},
  [dm(T, "k", [
      ("k", "-95d 19:00", "Lovely to meet you at the Porto SaaS day, Sam! Your session on free trials was the best of the day."),
      (ME, "+1h", "Thanks Bettina, likewise, great chatting."),
  ]),
   dm(T, "k n", [
      ("k", "-3d 10:00", "Sam, meet Hamish, he runs Forkful (meal kits, 3k subscribers). He's wrestling with how many plans to offer and I said you're the person. Over to you two!"),
      ("n", "+2h", "Thanks Bettina! Hi Sam, nice to meet you. We have 6 plans and I suspect that's 4 too many. Would you have time for a call next week? Happy to pay for your time, obviously."),
  ], focus=True)]),

S("tw-0530", True, "A former client writes on Twitter and LinkedIn within two days to set up a call with her sister-in-law's dental clinic, which has budget.",
  "cross_platform reengagement ask_call",
  {"a": P("Philippa Moncrieff", tw="pip_moncrieff", li=True)},
  [dm(T, "a", [
      ("a", "-420d 16:00", "Thanks for everything on the subscription relaunch, Sam. I'll send people your way."),
      (ME, "+1h", "Please do! Thanks Pip."),
      ("a", "-3d 12:15", "Hi Sam! Told you I'd send people your way 😄 My sister-in-law Carys runs a dental clinic in Cardiff and they're rethinking their membership plans. She's shy about reaching out cold, would you be up for a three-way call with her?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:30", "Sam, following up on my Twitter DM in case it got buried: Carys (the dental clinic) is keen and has budget. Could we pencil a call for early next week?"),
  ], focus=True)]),

S("tw-0531", True, "In Spanish, a former colleague silent for almost two years wants to hire Sam for the prices of his new coworking and proposes a video call.",
  "reengagement ask_call non_english lang_es",
  {"a": P("Gonzalo Iturbe Lasa", tw="gonzalo_cowork")},
  [dm(T, "a", [
      ("a", "-650d 14:00", "¡Mucha suerte en Lisboa, Sam! Se te va a echar de menos en la oficina."),
      (ME, "+3h", "¡Gracias Gonzalo! Nos vemos pronto."),
      ("a", "-2d 11:10", "¡Sam! Cuánto tiempo. Te escribo por trabajo: hemos abierto un coworking en Bilbao con dos socios y no sabemos cobrar. Puestos fijos, flexibles, salas por horas… todo a ojo. Queremos contratarte para que nos ayudes con las tarifas antes de la vuelta del verano. ¿Te va una videollamada la semana que viene?"),
  ], focus=True)]),

S("tw-0532", True, "In Spanish, a friend turns from football talk to his father's hardware shop and asks to call Sam on Saturday about raising prices.",
  "ask_call reciprocity many_turns non_english lang_es",
  {"a": P("Txema Aranburu", tw="txema_aranburu")},
  [dm(T, "a", [
      ("a", "-9d 22:30", "¡Qué partidazo ayer! Te lo dije, el Athletic este año va en serio"),
      (ME, "+10m", "Ni me lo recuerdes 😅"),
      ("a", "-1d 21:00", "Oye, hablando en serio, que te quiero pedir una cosa."),
      ("a", "+1m", "La ferretería de mi padre: lleva 30 años con los mismos márgenes y ahora que la llevo yo quiero subir precios, pero media clientela son vecinos de toda la vida y me da pánico."),
      (ME, "+30m", "Cuéntame, ¿qué es lo que más vendéis?"),
      ("a", "+14m", "Tornillería, pintura y copias de llaves. ¿Te puedo llamar el sábado por la mañana y lo vemos con calma? Te invito a unos pintxos la próxima vez que vengas."),
  ], focus=True)]),

S("tw-0533", True, "In French, a client from five years ago now runs a training company and wants to hire Sam to rework its catalogue prices, asking for a call.",
  "reengagement ask_call non_english lang_fr",
  {"a": P("Séverine Landrecies", tw="severine_forma")},
  [dm(T, "a", [
      ("a", "-1850d 17:30", "Merci Sam pour l'atelier, l'équipe commerciale est conquise."),
      (ME, "+2h", "Avec plaisir Séverine !"),
      ("a", "-2d 09:45", "Bonjour Sam, cela fait une éternité ! J'ai quitté l'agence et je dirige maintenant un organisme de formation à Lille. Notre catalogue compte 40 formations et les prix ont été fixés un peu au hasard au fil des ans. J'aimerais vous confier une mission pour tout remettre à plat. On pourrait s'appeler la semaine prochaine ?"),
  ], focus=True)]),

S("tw-0534", True, "In French, a conference acquaintance launching a Bordeaux meetup asks whether Sam could open it, paid, and offers to explain by phone.",
  "reengagement indirect_ask ask_call non_english lang_fr",
  {"a": P("Anatole Pellissier", tw="anatole_meetupbdx")},
  [dm(T, "a", [
      ("a", "-200d 20:40", "Ravi d'avoir discuté avec toi à Lyon, ta remarque sur les remises m'a suivi tout le trajet du retour."),
      (ME, "+12h", "Merci Anatole, à la prochaine !"),
      ("a", "-3d 14:20", "Salut Sam ! Je lance un meetup mensuel pour les indépendants à Bordeaux, première édition dans deux mois. Je rêve de t'avoir pour la soirée d'ouverture : on défraie le voyage et il y a un petit cachet. Est-ce que ce serait envisageable pour toi ? Je peux t'expliquer tout ça de vive voix si tu as un moment."),
  ], focus=True)]),

S("tw-0535", True, "In German, a former colleague wants to bid jointly for a trade association's training tender and asks for a phone call this week.",
  "reengagement ask_call non_english lang_de",
  {"a": P("Wiebke Sturmfels", tw="wiebke_sturmfels")},
  [dm(T, "a", [
      ("a", "-210d 08:50", "Schöne Grüße aus Hamburg! Dein Newsletter zu Mindestpreisen hängt jetzt bei uns in der Küche."),
      (ME, "+4h", "Haha, der beste Ort dafür!"),
      ("a", "-2d 13:30", "Hallo Sam, ich hab was Konkretes: Der Verband der Metallhandwerker schreibt ein Weiterbildungsprogramm aus, und ich will mich mit meinem Vertriebsmodul bewerben. Es fehlt ein Tag zum Thema Preise, und da denke ich sofort an dich. Gemeinsames Angebot, Abgabe in drei Wochen. Hast du diese Woche Zeit für ein Telefonat?"),
  ], focus=True)]),

S("tw-0536", True, "In Portuguese, Sam's neighbour who owns a tasca asks for help with her menu prices and to sit down this week, offering to pay.",
  "ask_meeting ask_help non_english lang_pt",
  {"a": P("Zulmira Godinho", tw="zulmira_tasca")},
  [dm(T, "a", [
      ("a", "-60d 12:10", "Sam, chegou aqui uma encomenda sua por engano, deixei-a com a porteira."),
      (ME, "+1h", "Muito obrigado, Dona Zulmira!"),
      ("a", "-1d 16:00", "Boa tarde Sam. O meu filho diz que o senhor é especialista em preços. Desde que a rua se encheu de turistas a tasca está sempre cheia, mas os clientes de sempre queixam-se se eu subir o prato do dia. Não sei o que fazer. Podemos conversar com calma esta semana? Pago o café e o seu tempo, claro."),
  ], focus=True)]),

S("tw-0537", True, "A former colleague, now head of revenue elsewhere, replies to Sam's tweet, asks for rates by DM and wants a call with his CEO on Thursday.",
  "reengagement ask_rates ask_call reciprocity",
  {"a": P("Teodor Quennell", tw="teo_quennell")},
  [th(T, [
      (ME, "-2d 09:00", "If your sales team discounts at the end of every quarter, your customers have learned to wait for the end of every quarter."),
      ("a", "+1h", "this is painfully exactly us. DMing you."),
  ]),
   dm(T, "a", [
      ("a", "-430d 19:00", "Congrats on the book deal!"),
      (ME, "+1h", "Cheers Teo!"),
      ("a", "-2d 10:20", "Sam, I'm Head of Revenue at Brakewell now (fleet software). Our quarter-end discounting is out of control and the CEO wants an outside view. Could you send me your rates for a 3-4 week engagement?"),
      (ME, "+3h", "Happy to. I'll send a short proposal by tomorrow."),
      ("a", "-1d 09:10", "Got it, looks good. Can we talk Thursday 10am with the CEO on the line?"),
  ], focus=True)]),

S("tw-0538", True, "Sam's cousin, a wedding photographer, asks seriously for a paid video call on Sunday about her package prices and they set a time.",
  "ask_call reciprocity",
  {"a": P("Saoirse Delahunt", tw="saoirse_snaps")},
  [dm(T, "a", [
      ("a", "-40d 20:00", "Mum says you're coming for Gran's 80th?? finally"),
      (ME, "+1h", "Yes! Wouldn't miss it."),
      ("a", "-2d 19:40", "ok cousin, business question and I'm serious this time"),
      ("a", "+2m", "bookings for next year are coming in and I'm still charging what I charged in 2021. three packages and everyone picks the cheapest. can we do a video call sunday? I'll bring the spreadsheet, and I'm paying you in real money not cake"),
      (ME, "+1h", "Ha, deal. Sunday 5pm your time?"),
      ("a", "+5m", "perfect 🙏"),
  ], focus=True)]),

S("tw-0539", True, "A mentee from four years ago, now head of sales at a startup, writes with typos that the founders want to hire Sam and asks for a call next week.",
  "reengagement ask_call typo",
  {"a": P("Kwabena Hollister", tw="kwabena_h")},
  [dm(T, "a", [
      ("a", "-1500d 21:00", "thanks for all the mentoring this year Sam, couldn't have got the job without it"),
      (ME, "+2h", "You did the work, Kwabena. Proud of you."),
      ("a", "-1d 13:25", "heyy Sam long time!! im head of sales at a proptech startup now (crazy i know). we're redoing our pricing for estate agencies and ive told the founders we need u, they have budget. wud u be up for a call nxt wk? any day works"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 12: people Sam already knows (no call)
S("tw-0540", False, "Friends in a group DM arrange Saturday five-a-side and drinks; 'call me when you land' and 'meet at the bar' are logistics, not asks.",
  "small_talk keyword_trap reciprocity many_turns fast_reply",
  {"a": P("Fergus Maybury", tw="fergus_maybury"), "b": P("Dev Ramcharan-Lowe", tw="devrl_"),
   "c": P("Ciarán Boylestad", tw="ciaran_bstad")},
  [dm(T, "a b c", [
      ("a", "-2d 18:00", "5-a-side saturday 10am, who's in?"),
      ("b", "+5m", "in"),
      (ME, "+20m", "in, but I'm flying back from Porto friday night"),
      ("c", "+3m", "call me when you land and I'll pick you up. we'll meet at the bar after the game as usual"),
      ("a", "+2m", "first round's on Sam for being late last week 😂"),
      (ME, "+4m", "fair"),
  ], focus=True)]),

S("tw-0541", False, "A former colleague silent for two years congratulates Sam on his book after seeing it in a shop window; friendly catch-up with no ask.",
  "small_talk reengagement reciprocity",
  {"a": P("Gwilym Ashcombe", tw="gwilym_ash")},
  [dm(T, "a", [
      ("a", "-800d 15:00", "Good luck with the move to Lisbon!"),
      (ME, "+1h", "Thanks Gwilym!"),
      ("a", "-1d 17:30", "Just saw the book in a shop window in Bath! Took a photo for you. Massive congrats Sam, well deserved."),
      (ME, "+2h", "That's made my day, thank you! Hope all's good in Bath."),
      ("a", "+30m", "All good, kids are loud, work is fine. Enjoy it!"),
  ], focus=True)]),

S("tw-0542", False, "A past client writes a year on to say the tiers Sam designed gave them their best quarter, explicitly with no ask; thanks for past work.",
  "small_talk reengagement reciprocity",
  {"a": P("Marguerite Selwood", tw="marg_selwood_co")},
  [dm(T, "a", [
      ("a", "-380d 10:00", "Contract signed, excited to start!"),
      (ME, "+1h", "Me too, speak Monday."),
      ("a", "-300d 16:00", "Final workshop done, thank you Sam!"),
      ("a", "-2d 11:00", "A year on and the tiered plans you designed just gave us our best quarter ever. No ask, just wanted you to know. Thank you!"),
      (ME, "+1h", "That's fantastic news, thanks for telling me Marguerite!"),
  ], focus=True)]),

S("tw-0543", False, "An old schoolmate resurfaces after six years to offer a token presale and asks for a 10-minute call; crypto selling through an old contact.",
  "promotional keyword_trap reengagement",
  {"a": P("Barnabas Quigley", tw="barnabas_q_web3")},
  [dm(T, "a", [
      ("a", "-2200d 20:00", "Found our old class photo from Mr Pardoe's economics lessons, the haircuts 😂"),
      (ME, "+1h", "Oh no. Burn it."),
      ("a", "-1d 22:40", "Sam!! long time mate. I've been deep in web3 the last few years and we're doing a private presale for a token backed by real estate. Only sharing with people I trust. 10 min call this week? Early allocation closes Sunday."),
  ], focus=True)]),

S("tw-0544", False, "A conference acquaintance asks for a fellow panellist's e-mail, Sam gives it in one line and she thanks him; settled.",
  "trivial_question reciprocity closed",
  {"a": P("Hester Vantongeren", tw="hester_vtg")},
  [dm(T, "a", [
      ("a", "-50d 19:00", "Great panel today!"),
      (ME, "+1h", "Thanks Hester, good to meet you."),
      ("a", "-1d 10:30", "Hi Sam, quick one: do you have an e-mail for Benedikt from the panel? I want to send him the report we talked about."),
      (ME, "+1h", "Sure: benedikt@hollerbach.example"),
      ("a", "+10m", "Perfect, thanks!"),
  ], focus=True)]),

S("tw-0545", False, "A friend who owns a bakery tags Sam publicly to ask for votes in a pastry poll; Sam votes and she thanks him; a favour, not his work.",
  "small_talk reciprocity",
  {"a": P("Marisa Calheiros", tw="marisa_natas")},
  [dm(T, "a", [
      ("a", "-90d 21:00", "Thanks for coming to the opening, Sam!"),
      (ME, "+1h", "Loved it, the natas are dangerous."),
  ]),
   th(T, [
      ("a", "-1d 12:00", "our little bakery made the final of the Best Pastel de Nata in Lisbon poll!! 🥹 voting closes Friday, one vote from you and your followers would mean the world 👉 natavote.example"),
      (ME, "+2h", "Voted! Good luck Marisa 🤞"),
      ("a", "+10m", "you're a star 💛"),
  ], focus=True)]),

S("tw-0546", False, "A former client asked for a call about a new project seven weeks ago, Sam offered days, and nothing came back; stale.",
  "stale ask_call reciprocity reengagement",
  {"a": P("Crispin Oduya", tw="crispin_oduya")},
  [dm(T, "a", [
      ("a", "-500d 14:00", "Thanks for the retainer workshop, the team loved it."),
      (ME, "+1h", "Anytime, Crispin."),
      ("a", "-52d 09:30", "Sam, new project brewing at our end, would love your take on it. Call next week?"),
      (ME, "+3h", "Sure, Crispin! Tuesday or Wednesday afternoon work for me."),
  ], focus=True)]),

S("tw-0547", False, "A former colleague thanks Sam for yesterday's call about her day rate, which the client accepted; the call already happened.",
  "closed reciprocity ask_call",
  {"a": P("Lavinia Strachan-Obi", tw="lavinia_s_o")},
  [dm(T, "a", [
      ("a", "-5d 15:00", "Could we do a quick call about my day rate before I send the proposal?"),
      (ME, "+1h", "Sure, tomorrow 11?"),
      ("a", "+10m", "👍"),
      ("a", "-2d 16:00", "Thanks so much for the call, Sam. Sent the proposal at the new rate and they said yes without blinking!! owe you a drink"),
      (ME, "+1h", "Brilliant! Congrats, and I'll hold you to the drink."),
  ], focus=True)]),

S("tw-0548", False, "A friend asks whether Sam charges VAT to UK clients, gets a one-line answer and says that is all he needed.",
  "trivial_question reciprocity closed fast_reply",
  {"a": P("Tobiah Fenwick-Ruiz", tw="tobiah_fr")},
  [dm(T, "a", [
      ("a", "-40d 18:00", "pub quiz thursday?"),
      (ME, "+1h", "can't, in Porto. next time"),
      ("a", "-1d 14:10", "quick one, do you charge Portuguese VAT to UK business clients or not?"),
      (ME, "+12m", "No, reverse charge. Just put the note on the invoice."),
      ("a", "+4m", "legend, that's all I needed 🙏"),
  ], focus=True)]),

S("tw-0549", False, "Sam asked a former client for a catch-up call about how the new pricing is doing ten weeks ago and got no reply; owner only.",
  "owner_only ask_call",
  {"a": P("Imelda Rossiter", tw="imelda_rossiter_hq")},
  [dm(T, "a", [
      ("a", "-400d 12:00", "All done on our side, thanks for the great work Sam."),
      (ME, "+2h", "A pleasure, Imelda."),
      (ME, "-75d 10:00", "Hi Imelda, it's been a while! I'm writing up a few case studies and would love to catch up on a call about how the new pricing is holding up. Any chance in the next few weeks?"),
  ], focus=True)]),

S("tw-0550", False, "A former colleague resurfaces after two and a half years to pitch his new ghostwriting agency with a 'mates rates' call; selling to Sam.",
  "promotional keyword_trap reengagement",
  {"a": P("Jolyon Prentiss", tw="jolyon_growthden")},
  [dm(T, "a", [
      ("a", "-900d 17:00", "Sad to see you go Sam, good luck out there!"),
      (ME, "+1h", "Thanks Jolyon, keep in touch."),
      ("a", "-2d 11:15", "Sam! Hope Lisbon's treating you well. Heads-up: I've started my own agency, Growth Den, we ghostwrite LinkedIn and Twitter for consultants. Thought of you straight away, your posting's a bit sporadic 😅 15 min call to walk you through the packages? Mates rates, obviously."),
  ], focus=True)]),

S("tw-0551", False, "A mentee asks for a session before a negotiation, Sam is away and points her to a colleague, and she thanks him; declined and closed.",
  "declined closed reciprocity ask_call",
  {"a": P("Anjali Treharne", tw="anjali_treharne")},
  [dm(T, "a", [
      ("a", "-90d 19:00", "Thank you for the session, the pricing page is live!"),
      (ME, "+1h", "Looks great, well done."),
      ("a", "-3d 09:00", "Hi Sam, could we do a session next week? I've got a contract negotiation on the 20th."),
      (ME, "+3h", "I'd love to but I'm away all next week with no signal, sorry. Rosalind Ebbesen is brilliant on negotiations, want me to introduce you?"),
      ("a", "+1h", "No worries at all! Yes please, that'd be great."),
      (ME, "+20m", "Done, check your e-mail."),
      ("a", "+5m", "Thank you!!"),
  ], focus=True)]),

S("tw-0552", False, "An old friend replies to Sam's birthday tweet with wishes and 'drinks on me next time you're in Leeds'; birthday banter.",
  "small_talk reengagement reciprocity",
  {"a": P("Euan Blackstock", tw="euan_blackstock")},
  [dm(T, "a", [
      ("a", "-200d 20:00", "thanks for the book rec, devoured it"),
      (ME, "+1h", "Told you!"),
  ]),
   th(T, [
      (ME, "-1d 08:30", "40 today. Spent the morning re-pricing my own workshop, which is either very on brand or a cry for help."),
      ("a", "+1h", "happy birthday old man! drinks on me next time you're in Leeds 🍻"),
      (ME, "+40m", "Holding you to that, Euan!"),
  ], focus=True)]),

S("tw-0553", False, "In Spanish, a family group DM plans a grandmother's 90th birthday lunch; 'llámame cuando aterrices' is a lift, not an ask.",
  "small_talk keyword_trap reciprocity many_turns non_english lang_es",
  {"a": P("Amparo Benlloch", tw="amparo_benlloch"), "b": P("Quique Benlloch", tw="quique_benlloch")},
  [dm(T, "a b", [
      ("a", "-2d 19:00", "Familia, que el sábado la yaya cumple 90 🎉 Comida en casa a las 14h. ¿Quién trae qué?"),
      ("b", "+10m", "Yo el vino y la tarta."),
      (ME, "+30m", "Yo llego el viernes por la noche, traigo queso de Serpa."),
      ("a", "+5m", "¡Qué bien! Sam, llámame cuando aterrices y te recoge Quique."),
      ("b", "+2m", "Mejor llámame a mí directamente 😂"),
  ], focus=True)]),

S("tw-0554", False, "A friend asks for help with her yoga studio's class-pass prices and withdraws two days later because she is selling the studio.",
  "closed ask_help reciprocity",
  {"a": P("Delphine Arkwright", tw="delphine_flowyoga")},
  [dm(T, "a", [
      ("a", "-30d 20:00", "see you at Rita's on saturday?"),
      (ME, "+1h", "yes!"),
      ("a", "-4d 10:00", "Sam, could you help me look at the class pass prices for the studio? I think we're undercharging."),
      (ME, "+2h", "Of course, send me the current price list."),
      ("a", "-2d 18:30", "Ah, sorry, scrap that! We've decided to sell the studio to Kalinda, she'll set her own prices. Thanks anyway x"),
      (ME, "+1h", "Big news! Good luck with what comes next."),
  ], focus=True)]),

S("tw-0555", False, "In Spanish, a former colleague silent for three years now sells life insurance and asks to call Sam for ten minutes; selling to Sam.",
  "promotional keyword_trap reengagement non_english lang_es",
  {"a": P("Rigoberto Almansa", tw="rigo_almansa_seguros")},
  [dm(T, "a", [
      ("a", "-1200d 13:00", "Un abrazo desde Sevilla, ¡qué tiempos aquellos en la consultora!"),
      (ME, "+2h", "¡Abrazo, Rigo!"),
      ("a", "-1d 17:45", "¡Sam, cuánto tiempo! Oye, ahora trabajo en seguros y tengo un seguro de vida para autónomos que te va como anillo al dedo, sobre todo viviendo fuera. ¿Te llamo diez minutos esta semana y te lo cuento sin compromiso?"),
  ], focus=True)]),

S("tw-0556", False, "In French, a friend's fast football banter ends with plans to watch the return match at a bar; 'on s'appelle' is not an ask.",
  "small_talk keyword_trap reciprocity many_turns fast_reply non_english lang_fr",
  {"a": P("Bastien Morvillier", tw="bastien_mrv")},
  [dm(T, "a", [
      ("a", "-60d 22:00", "Bien rentré ?"),
      (ME, "+20m", "Oui, merci pour la soirée !"),
      ("a", "-1d 21:50", "T'as vu ce but ?? Benfica qui se fait renverser à la 90e 😱"),
      (ME, "+2m", "Je ne veux pas en parler."),
      ("a", "+1m", "Hahaha. Samedi prochain c'est le retour, on se fait le match au bar de la place ?"),
      (ME, "+3m", "Ça marche, 20h ?"),
      ("a", "+1m", "Parfait, je réserve la table. On s'appelle si ça bouge."),
  ], focus=True)]),

S("tw-0557", False, "In French, a former colleague silent for two years sends condolences on the death of Sam's father and Sam thanks her.",
  "small_talk reengagement reciprocity non_english lang_fr",
  {"a": P("Héloïse Daubigny", tw="heloise_daub")},
  [dm(T, "a", [
      ("a", "-700d 18:00", "Bonne continuation à Lisbonne !"),
      (ME, "+1h", "Merci Héloïse !"),
      ("a", "-2d 20:15", "Sam, je viens d'apprendre pour ton père. Je suis vraiment désolée. Je pense fort à toi et à ta famille."),
      (ME, "+5h", "Merci Héloïse, ça me touche beaucoup."),
  ], focus=True)]),

S("tw-0558", False, "An old schoolfriend asks Sam to share his comic-book Kickstarter, Sam backs and shares it, and he thanks him; a favour, not Sam's work.",
  "small_talk promotional reengagement reciprocity",
  {"a": P("Osgood Pemberton-Kaye", tw="osgood_draws")},
  [dm(T, "a", [
      (ME, "-500d 12:00", "Osgood, saw your strip in the Sunday paper! Brilliant."),
      ("a", "+3h", "Ha, thanks Sam! Only took me fifteen years."),
      ("a", "-1d 09:20", "Sam! Remember my comic? It's finally becoming a book and the Kickstarter went live this morning. Could you RT it and maybe ask your followers to back it? Every share counts 🙏 kickstarter.example/crooked-lane"),
      (ME, "+3h", "Backed and shared, good luck mate!"),
      ("a", "+20m", "you're a legend"),
  ], focus=True)]),

S("tw-0559", False, "In German, a former client sends New Year wishes and a vague 'let's meet for a beer when you're in Cologne'; a holiday greeting.",
  "small_talk keyword_trap reengagement reciprocity non_english lang_de",
  {"a": P("Jannik Weidemeyer", tw="jannik_weidem")},
  [dm(T, "a", [
      ("a", "-400d 19:00", "Danke nochmal für den Vortrag in Köln!"),
      (ME, "+1h", "Sehr gern, Jannik!"),
      ("a", "-1d 11:00", "Frohes neues Jahr, Sam! 🎆 Auf ein gesundes 2026. Lass uns im neuen Jahr mal wieder auf ein Bier treffen, wenn du in Köln bist!"),
      (ME, "+3h", "Danke Jannik, dir auch! Gern, sobald ich wieder dort bin."),
  ], focus=True)],
  as_of="2026-01-02 08:00"),

S("tw-0560", False, "A friend asks Sam to help carry boxes on moving day; 'call me when you're outside' is logistics for a favour, not work.",
  "small_talk keyword_trap reciprocity many_turns fast_reply",
  {"a": P("Rufus Heathersett", tw="rufus_heath")},
  [dm(T, "a", [
      ("a", "-12d 23:00", "that quiz question about anchovies still haunts me"),
      (ME, "+8h", "it should"),
      ("a", "-1d 18:00", "Favour: I'm moving flat on Saturday and the van guy bailed. Any chance you could help carry boxes 9-12? Pizza and beer after"),
      (ME, "+1h", "Yeah go on. Which address?"),
      ("a", "+5m", "Rua dos Fanqueiros, 3rd floor, no lift 🙃 call me when you're outside"),
      (ME, "+2m", "Ha. See you at 9."),
  ], focus=True)]),

S("tw-0561", False, "In German, a former client thanks Sam for the call they had that morning about a price rise and says she will do it his way; closed.",
  "closed reciprocity reengagement ask_call non_english lang_de",
  {"a": P("Ottilie Brandstätter", tw="ottilie_brandst")},
  [dm(T, "a", [
      ("a", "-600d 16:00", "Der Workshop war toll, vielen Dank!"),
      (ME, "+1h", "Sehr gern, Frau Brandstätter!"),
      ("a", "-6d 10:00", "Hallo Sam, hätten Sie diese Woche 20 Minuten? Wir wollen die Preise im Laden zum Monatsersten erhöhen und ich bin unsicher bei der Kommunikation."),
      (ME, "+2h", "Gern, Mittwoch 10 Uhr?"),
      ("a", "+30m", "Passt!"),
      ("a", "-3d 15:00", "Vielen Dank für das Gespräch heute Morgen! Der Aushang ist geschrieben, wir machen es genau so. Sie haben mir sehr geholfen."),
      (ME, "+1h", "Sehr gern, viel Erfolg!"),
  ], focus=True)]),

S("tw-0562", False, "In Portuguese, a university classmate reappears after five years to sell her online mindset course with a discount for old classmates.",
  "promotional reengagement non_english lang_pt",
  {"a": P("Graciete Fontoura", tw="graciete_abundancia")},
  [dm(T, "a", [
      ("a", "-1900d 22:00", "Que jantar de curso incrível! Temos de repetir."),
      (ME, "+10h", "Sem dúvida!"),
      ("a", "-2d 20:30", "Sam!!! Lembras-te de mim? Da turma de Economia em Coimbra 😄 Agora sou mentora de mentalidade de abundância e lancei um curso online que está a mudar vidas. Para antigos colegas tenho 40% de desconto esta semana. Posso enviar-te o link?"),
  ], focus=True)]),

S("tw-0563", False, "In Portuguese, a former colleague invites Sam to run a workshop, he declines because of his book deadline and she accepts it; declined.",
  "declined closed reciprocity reengagement non_english lang_pt",
  {"a": P("Rosário Meneses Pinto", tw="rosario_mpinto")},
  [dm(T, "a", [
      ("a", "-150d 18:00", "Adorei o teu último artigo, Sam!"),
      (ME, "+1h", "Obrigado, Rosário!"),
      ("a", "-5d 11:00", "Olá Sam! A minha equipa tem o encontro anual daqui a dois meses e adorávamos que fizesses um workshop de preços de meio dia. Terias disponibilidade?"),
      (ME, "+4h", "Obrigado pelo convite, Rosário! Nessas semanas estou a fechar o livro novo e não consigo pegar em mais nada. Posso sugerir a Leonor Barata, que é excelente."),
      ("a", "+1h", "Sem problema, percebo perfeitamente! Vou falar com ela. Boa escrita!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 13: a plain month of Sam's inbox
S("tw-0564", True, "A meal-kit founder new to Sam asks for a half-hour call about whether to cut her three subscription tiers down to two.",
  "ask_call first_contact",
  {"a": P("Theodora Quaintance", tw="theo_quaintance")},
  [dm(T, "a", [
      ("a", "-2d 13:25", "Hi Sam, I run a small meal-kit company in Leeds (about 1,900 subscribers). We have three tiers and almost nobody picks the middle one, which was supposed to be the hero. I'm tempted to kill it but worried the cheap tier then eats everything. Could I grab half an hour on a call with you next week? Happy to pay for it."),
  ], focus=True)]),

S("tw-0565", True, "A marketing lead at a language-learning app asks what Sam charges for a pricing audit, answers his scoping question and wants to start next month.",
  "ask_rates first_contact reciprocity",
  {"a": P("Rajiv Ellingboe", tw="rajiv_ellingboe")},
  [dm(T, "a", [
      ("a", "-3d 10:05", "Hey Sam! What do you charge for a pricing audit? We're a language-learning app, freemium, ~40k MAU, and our paywall converts at 1.1%."),
      (ME, "+2h", "Hi Rajiv, depends on scope. Is it just the paywall and plans, or also the web checkout and promos?"),
      ("a", "+35m", "Paywall, plans and the annual promo we run every January. Ideally kicking off next month if the numbers work for us."),
  ], focus=True)]),

S("tw-0566", True, "A tattoo-studio owner asks, full of typos, whether they could talk on the phone this week because he thinks he undercharges for custom pieces.",
  "ask_call first_contact typo",
  {"a": P("Dusty Quarrington", tw="dustyink_porto")},
  [dm(T, "a", [
      ("a", "-1d 23:10", "yo sam, any chanse we culd talk on the fone this wk?? i run a tatoo studio in porto, 3 artists, and i think im way undercharging for custom peices. people book me 4 months out lol"),
  ], focus=True)]),

S("tw-0567", True, "A garden-planning app founder asks under Sam's post whether he would tear apart their pricing page for a fee, then sends it by DM with a call ask.",
  "ask_feedback ask_call first_contact reciprocity",
  {"a": P("Ottoline Barraclough", tw="ottoline_plotwise")},
  [th(T, [
      (ME, "-2d 09:00", "A pricing page has one job: help the right customer pick a plan in under a minute. If it needs a sales call to explain, it's a brochure."),
      ("a", "+1h", "ours takes about 11 minutes and a sales call to explain 🙃 would you be up for pulling it to pieces? paid, obviously"),
      (ME, "+25m", "Ha, happy to have a look. Send it over by DM."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 11:10", "Here it is: plotwise.example/pricing. We're a 6-person garden-planning app, 4 plans plus add-ons (I know). Whenever suits you, even a 20-min call to walk through your notes would be amazing."),
  ], focus=True)]),

S("tw-0568", True, "In Spanish, the owner of a small Valencia hostel who copies the neighbour's prices asks for a call next week and offers to pay for the hour.",
  "ask_call first_contact non_english lang_es",
  {"a": P("Nerea Albiñana Soler", tw="nerea_hostalcabanyal")},
  [dm(T, "a", [
      ("a", "-2d 17:40", "¡Hola Sam! Te sigo desde hace un par de años. Tengo un hostal pequeño en el Cabanyal, 18 camas, y los precios los pongo mirando lo que cobra el de al lado, que no sé si es muy listo 😅 En agosto lleno y en noviembre me muero. ¿Tendrías un rato la semana que viene para una llamada? Te pago la hora, faltaría más."),
  ], focus=True)]),

S("tw-0569", True, "In French, a Lyon bookseller planning a book-a-month subscription asks Sam for a coffee while he is in Lisbon, and they fix a morning.",
  "ask_meeting first_contact reciprocity non_english lang_fr",
  {"a": P("Gaspard Lemoine-Ferrand", tw="gaspard_librairie")},
  [dm(T, "a", [
      ("a", "-3d 15:20", "Bonjour Sam, je tiens une librairie indépendante à la Croix-Rousse et nous réfléchissons à un abonnement « un livre par mois ». Je ne sais pas du tout à quel prix le proposer sans perdre de l'argent sur les nouveautés. Je serai à Lisbonne la semaine prochaine, auriez-vous le temps de prendre un café ? Je vous invite."),
      (ME, "+3h", "Bonjour Gaspard, avec plaisir ! Mercredi matin vers 10h, près du Chiado ?"),
      ("a", "+40m", "Parfait, mercredi 10h. Je vous écris la veille pour le lieu exact. Merci !"),
  ], focus=True)]),

S("tw-0570", True, "In German, a Munich bike-rental owner whose bookings halved after a cheap competitor opened asks for a phone call today.",
  "ask_help ask_call first_contact non_english lang_de",
  {"a": P("Korbinian Aschenbrenner", tw="korbi_radverleih")},
  [dm(T, "a", [
      ("a", "-1d 08:15", "Hallo Sam, eher ein Hilferuf als eine Frage: Seit Montag vermietet ein neuer Anbieter zwei Straßen weiter E-Bikes für 19 € am Tag, wir liegen bei 32 €. Unsere Buchungen sind diese Woche um die Hälfte eingebrochen. Preis runter oder nicht? Könnten wir kurz telefonieren, am liebsten heute noch?"),
  ], focus=True)]),

S("tw-0571", True, "In Portuguese, a regional journalist writing about café prices asks to phone Sam tomorrow for a quote and Sam agrees.",
  "ask_call first_contact reciprocity non_english lang_pt",
  {"a": P("Filipa Noronha Seixas", tw="filipa_seixas_jornal")},
  [dm(T, "a", [
      ("a", "-1d 11:30", "Olá Sam, sou jornalista no Diário do Ave e estou a escrever uma peça sobre a subida do preço do café nas pastelarias, sai na sexta. Podia ligar-lhe amanhã uns dez minutos para uma citação?"),
      (ME, "+1h", "Olá Filipa, claro. Amanhã de manhã estou livre, envio-lhe o número por aqui."),
      ("a", "+15m", "Ótimo, muito obrigada! Às 10h30 dá-lhe jeito?"),
  ], focus=True)]),

S("tw-0572", True, "A car-leasing company's training manager asks on Twitter about a workshop for her fleet sales team and follows up on LinkedIn two days later asking for a call.",
  "cross_platform first_contact ask_call",
  {"a": P("Wilhelmina Drayfield", tw="w_drayfield", li=True)},
  [dm(T, "a", [
      ("a", "-3d 16:05", "Hi Sam, I run learning and development at a car-leasing company. When a fleet contract comes up for renewal, our sales team throws in free months before the client even asks. Do you run workshops for teams like that? About 20 people."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:40", "Hi Sam, Wilhelmina here, I wrote on Twitter too but thought LinkedIn might suit you better. We'd like something in before the autumn renewals. Could we set up a call this week?"),
  ], focus=True)]),

S("tw-0573", True, "A known contact introduces a podcast producer in a group DM and she asks Sam for a prep call, which he accepts.",
  "introduction first_contact ask_call reciprocity",
  {"k": P("Cosmo Pettigrew", tw="cosmo_pettigrew"), "n": P("Anouk Verhelst-Doyle", tw="anouk_smallshopbm")},
  [dm(T, "k", [
      ("k", "-75d 18:00", "Loved your bit on anchoring at the meetup."),
      (ME, "+1h", "Thanks Cosmo, good to finally meet!"),
  ]),
   dm(T, "k n", [
      ("k", "-2d 12:00", "Sam, meet Anouk, she produces 'Small Shop, Big Margins' and wants you on the show. Anouk, Sam. Over to you two!"),
      ("n", "+30m", "Thanks Cosmo! Hi Sam, we'd love an episode with you on raising prices when customers are already stretched. Could we do a quick prep call next week?"),
      (ME, "+2h", "Hi Anouk, happy to. Wednesday afternoon?"),
      ("n", "+20m", "Wednesday 3pm Lisbon time works, I'll send an invite."),
  ], focus=True)]),

S("tw-0574", True, "A client from three and a half years ago, now commercial director of a garden-centre chain, proposes a two-day engagement and asks for fees and a call.",
  "reengagement ask_rates ask_call",
  {"a": P("Ophelia Brackenridge", tw="ophelia_brack")},
  [dm(T, "a", [
      ("a", "-1290d 14:00", "The new bundles are live, thank you Sam!"),
      (ME, "+2h", "Brilliant, Ophelia. Let me know how they do."),
      ("a", "-2d 10:20", "Sam! It's been ages. I've moved to Bramblecote & Finch (14 garden centres) as commercial director and our promotions calendar is a mess: something is on offer every single week. Could you come in for a two-day engagement? What would that look like in fees, and can we talk next week?"),
  ], focus=True)]),

S("tw-0575", True, "A stranger who runs a scheduling tool for dance schools asks question after question about free-plan limits while Sam answers within minutes.",
  "many_turns reciprocity fast_reply first_contact",
  {"a": P("Leontine Farquharson", tw="leontine_f_dev")},
  [th(T, [
      (ME, "-1d 09:30", "A free plan isn't marketing if nobody upgrades. Put the limit where the value starts, not where your costs start."),
      ("a", "+40m", "How do you find where the value starts though? We run a scheduling tool for dance schools and our free plan covers 1 teacher."),
      (ME, "+6m", "Look at what the schools that upgraded did just before upgrading. It's usually a number: students, classes, locations."),
      ("a", "+5m", "It's almost always adding a second teacher. So the free plan stops at 1 teacher but should also cap students?"),
      (ME, "+7m", "I'd cap students at something a solo teacher outgrows within a term. Test 40."),
      ("a", "+4m", "And the 600 current free schools, grandfather them or not? Maybe 30 of them would pay."),
  ], focus=True)]),

S("tw-0576", True, "A master's student writing a thesis on freelance pricing in Portugal indirectly asks for half an hour of Sam's time to talk.",
  "indirect_ask ask_chat first_contact",
  {"a": P("Mattias Oyelowo-Berg", tw="mattias_ob_thesis")},
  [dm(T, "a", [
      ("a", "-2d 21:15", "Hi Sam, I'm a master's student in Lisbon writing my thesis on how freelancers in Portugal set their prices. Your newsletter is honestly half my bibliography 😅 I know you're busy, but if you could spare thirty minutes at some point to tell me how you moved to value pricing yourself, it would mean a lot. Totally fine if not."),
  ], focus=True)]),

S("tw-0577", True, "A Berlin meetup organiser invites Sam to give a remote talk, Sam is interested, and he asks for a quick chat to sort out the details.",
  "ask_chat first_contact reciprocity",
  {"a": P("Jurgis Almqvist", tw="jurgis_pricingpints")},
  [dm(T, "a", [
      ("a", "-4d 19:00", "Hey Sam! I run Pricing & Pints Berlin, about 80 people every month. Would you give a 20-min remote talk at next month's edition? Budget is basically beer money, but we record it and the crowd is lovely."),
      (ME, "+3h", "Sounds fun, Jurgis! Which date, and what would you like me to cover?"),
      ("a", "+1h", "The 18th, and anything on B2B price increases. Could we have a quick chat this week to sort out the format and tech?"),
  ], focus=True)]),

S("tw-0578", True, "In Spanish, a Guadalajara freelance designer asks, without accents and with typos, whether Sam does paid mentoring, even one call a month.",
  "ask_help ask_call first_contact typo non_english lang_es",
  {"a": P("Ximena Arellano Tovar", tw="xime_disena")},
  [dm(T, "a", [
      ("a", "-1d 02:40", "hola sam!! soy diseñadora freelance en guadalajara, llevo 2 años y sigo cobrando como si fuera becaria jaja. me preguntaba si das mentorias? aunque sea una llamda al mes, la pagaria obvio. gracias x leer 🙏"),
  ], focus=True)]),

S("tw-0579", True, "An Algarve wedding photographer told she is 'too cheap to be good' asks for a call this week and she and Sam fix a time.",
  "ask_call first_contact reciprocity",
  {"a": P("Georgie Haverstock", tw="georgie_shoots_algarve")},
  [dm(T, "a", [
      ("a", "-2d 20:30", "Hi Sam, I shoot about 30 weddings a year in the Algarve and two planners have now told me I'm 'too cheap to be good'. Ouch. I'd love to rebuild my packages before next season. Would you have time for a call this week?"),
      (ME, "+11h", "Hi Georgie, that's a good problem to have. Thursday at 4pm?"),
      ("a", "+20m", "Thursday 4pm is perfect, thank you! I'll send my current price list before."),
  ], focus=True)]),

S("tw-0580", False, "A stranger replies 'great thread, thank you!' to Sam's thread and nothing else; one-line thanks.",
  "thanks_only first_contact",
  {"a": P("Percival Ndiaye-Holm", tw="percy_nh")},
  [th(T, [
      (ME, "-1d 08:45", "Five signs you're undercharging, from the last 40 small businesses I've worked with 🧵"),
      ("a", "+3h", "great thread, thank you!"),
  ], focus=True)]),

S("tw-0581", False, "A stranger replies to Sam's post with fire and raised-hands emoji only.",
  "emoji_only first_contact",
  {"a": P("Kestrel Abiodun", tw="kestrel_ab")},
  [th(T, [
      (ME, "-2d 10:00", "Every price you set says something about you. Most owners never decide what."),
      ("a", "+50m", "🙌🔥"),
  ], focus=True)]),

S("tw-0582", False, "An old friend congratulates Sam on the 100th issue of his newsletter and Sam thanks her; congratulations with nothing to continue.",
  "small_talk reciprocity",
  {"a": P("Rowena Tillotson", tw="rowena_till")},
  [dm(T, "a", [
      ("a", "-60d 20:00", "that cat video 😂😂"),
      (ME, "+2h", "I've watched it nine times"),
      ("a", "-1d 18:10", "ISSUE 100!!! 🎉 I remember when you sent issue 1 to about 12 of us. So proud of you Sam"),
      (ME, "+1h", "You were one of the 12! Thank you Rowena 💛"),
  ], focus=True)]),

S("tw-0583", False, "A Follow Friday tweet tags Sam among a dozen accounts 'worth following for pricing'; a mass mention.",
  "mass_mention small_talk",
  dict(crowd(12, 613), a=P("Barnaby Quist", tw="barnaby_quist")),
  [th(T, [
      ("a", "-1d 09:00", "#FF the people who taught me to stop apologising for my prices 👇", {"at": ats(12)}),
  ], focus=True)]),

S("tw-0584", False, "An auto-DM thanks Sam for following and pushes a free 'client magnet' checklist; automated promotion.",
  "automated promotional first_contact",
  {"a": P("Tamsyn Vale | Client Magnet", tw="tamsyn_clientmagnet")},
  [dm(T, "a", [
      ("a", "-1d 14:02", "Hiya, so glad you're here 🙏 Every new follower gets my 'Client Magnet' checklist for free: clientmagnet.example/free. Enjoy! Tamsyn"),
  ], focus=True)]),

S("tw-0585", False, "A lead-generation agency flatters Sam's content and offers a free 30-minute strategy call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": P("Dashiell Okonkwo-Reyes", tw="dash_leadfurnace")},
  [dm(T, "a", [
      ("a", "-2d 15:45", "Hi Sam, love your content! 🔥 Our system fills consultants' diaries with 10-15 warm prospects every month, zero ads. Fancy a free 30-min strategy session to see how? Here's my calendar: leadfurnace.example/book"),
  ], focus=True)]),

S("tw-0586", False, "In Spanish, a recruiter's template about a 'fascinating project' as pricing director at a retailer asks for a quick call; a recruiter, not a client.",
  "recruiter_template promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Covadonga Peral Ibarra", tw="cova_talentseek")},
  [dm(T, "a", [
      ("a", "-3d 11:00", "Hola Sam, tu trayectoria me ha llamado muchísimo la atención y te escribo por un proyecto apasionante: Director/a de Pricing para una multinacional del sector retail con sede en Madrid. ¿Tendrías 15 minutos para una llamada rápida esta semana? ¡Un saludo!"),
  ], focus=True)]),

S("tw-0587", False, "A stranger replies to Sam's post sneering 'and you call this consulting??'; hostile, and the word call is a trap.",
  "hostile keyword_trap first_contact",
  {"a": P("Thaddeus Grimsby", tw="thad_grimsby_")},
  [th(T, [
      (ME, "-1d 08:20", "Value pricing isn't charging more. It's charging for the outcome instead of the effort."),
      ("a", "+2h", "lmao 'value pricing'. you charge more and hope nobody notices. and you call this consulting??"),
  ], focus=True)]),

S("tw-0588", False, "A stranger replies 'I'm calling it' with a prediction about per-seat pricing, Sam answers, and they agree to see; no ask.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": P("Imre Castellanos-Walsh", tw="imre_cw")},
  [th(T, [
      (ME, "-2d 09:15", "Per-seat pricing punishes your customers for rolling you out to more people. Odd incentive when you think about it."),
      ("a", "+1h", "Mark my words, I'm calling it: in five years nobody sells software per seat. Usage or outcomes, nothing else."),
      (ME, "+30m", "Per seat will be around longer than we think, but I'd take the bet on the direction."),
      ("a", "+10m", "haha fair, we'll see in 2030"),
  ], focus=True)]),

S("tw-0589", False, "A SaaS founder thanks Sam for yesterday's call about her white-label price and says she knows what to do; the call has happened.",
  "closed ask_call reciprocity first_contact",
  {"a": P("Wynn Adeyemi-Clarke", tw="wynn_ac")},
  [dm(T, "a", [
      ("a", "-6d 10:00", "Hi Sam, any chance of a quick call about what to charge for our white-label option? Three agencies want it and I have no idea."),
      (ME, "+2h", "Sure, tomorrow at 2pm?"),
      ("a", "+15m", "Yes please."),
      ("a", "-1d 17:30", "Thanks again for the call yesterday, Sam. Super clear now: a setup fee plus a per-client monthly price, no discounts for the first year. I'll let you know how it goes!"),
      (ME, "+1h", "Great plan, good luck Wynn!"),
  ], focus=True)]),

S("tw-0590", False, "A podcast host invites Sam on, Sam declines because he is not doing podcasts this quarter, and she replies no worries.",
  "declined closed reciprocity first_contact",
  {"a": P("Lucasta Fairbairn", tw="lucasta_pod")},
  [dm(T, "a", [
      ("a", "-4d 12:00", "Hello Sam! My little podcast is about making a living from ceramics. Would you come on for an episode about pricing handmade work?"),
      (ME, "+5h", "Thanks so much for asking, Lucasta. I'm not doing any podcasts this quarter while I finish the book, so I'll have to pass for now."),
      ("a", "+1h", "No worries at all, good luck with the book!"),
  ], focus=True)]),

S("tw-0591", False, "A stranger asks for help pricing his first online course and withdraws three hours later because one of Sam's articles answered it.",
  "closed ask_help first_contact",
  {"a": P("Ferdinand Acheampong", tw="ferdi_teaches")},
  [dm(T, "a", [
      ("a", "-2d 09:10", "Hi Sam, I'm stuck on what to charge for my first online course, any chance you could help? It's on bookkeeping for freelancers."),
      ("a", "+3h", "Never mind! Found your article on launch pricing and it answered everything. Thanks anyway 🙏"),
  ], focus=True)]),

S("tw-0592", False, "A coffee roaster asked for a call about wholesale prices eight weeks ago, Sam offered times, and nothing came back; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Hollis Ravenscroft-Mbeki", tw="hollis_roasts")},
  [dm(T, "a", [
      ("a", "-56d 14:30", "Hi Sam, we're a small roastery and want to rethink our wholesale price list for cafés. Could we have a call?"),
      (ME, "+3h", "Hi Hollis, sure. Monday or Tuesday afternoon next week?"),
  ], focus=True)]),

S("tw-0593", False, "Sam offered a business journalist a comment and asked for a chat eleven weeks ago and never heard back; owner only.",
  "owner_only ask_chat",
  {"a": P("Mireille Hartigan", tw="mhartigan_news")},
  [dm(T, "a", [
      (ME, "-78d 10:00", "Hi Mireille, I enjoyed your piece on shrinkflation. I've worked with a few food brands on exactly that, happy to chat if you're doing a follow-up."),
  ], focus=True)]),

S("tw-0594", False, "Under Sam's post, a soon-to-be freelancer asks which invoicing tool he uses, gets a one-line answer and says thanks.",
  "trivial_question reciprocity closed first_contact",
  {"a": P("Juno Castellvi", tw="juno_castellvi")},
  [th(T, [
      (ME, "-2d 08:00", "Year three as an independent. Best decision: a minimum engagement. Worst decision: doing my own invoicing for two years."),
      ("a", "+2h", "Off topic but what do you use for invoicing now? Going freelance next month."),
      (ME, "+30m", "Tallybird, €9 a month, and it handles EU VAT properly."),
      ("a", "+5m", "perfect, thank you!"),
  ], focus=True)]),

S("tw-0595", False, "In French, a friend plans a Saturday hike in Sintra with Sam; social plans between friends.",
  "small_talk reciprocity non_english lang_fr",
  {"a": P("Anatole Besnard-Quiroga", tw="anatole_bq")},
  [dm(T, "a", [
      ("a", "-30d 21:00", "Merci pour le dîner, c'était top !"),
      (ME, "+1h", "Avec plaisir !"),
      ("a", "-1d 19:00", "Rando samedi à Sintra ? On partirait de Rossio par le train de 9h."),
      (ME, "+40m", "Je suis partant !"),
      ("a", "+10m", "Top, j'apporte les sandwichs. Rendez-vous devant le quai 3 😉"),
  ], focus=True)]),

S("tw-0596", False, "In German, an independent financial adviser tells Sam the self-employed think about pensions too late and asks for a short call; a seller.",
  "promotional keyword_trap first_contact non_english lang_de",
  {"a": P("Volker Heißenbüttel", tw="volker_vorsorgeplan")},
  [dm(T, "a", [
      ("a", "-2d 16:20", "Hallo Sam, als Selbstständiger denkt man oft zu spät an die Altersvorsorge 😉 Ich bin unabhängiger Finanzberater und helfe Beratern wie Ihnen, steueroptimiert vorzusorgen. Hätten Sie Lust auf ein kurzes, unverbindliches Telefonat diese Woche?"),
  ], focus=True)]),

S("tw-0597", False, "In Portuguese, a cousin announces the birth of her daughter and invites Sam to visit when he is in Braga; family news.",
  "small_talk reciprocity non_english lang_pt",
  {"a": P("Catarina Lobão Mesquita", tw="cat_lobao_m")},
  [dm(T, "a", [
      ("a", "-45d 20:00", "Já tens o presente para a tia? 😅"),
      (ME, "+1h", "Ainda não, ajuda!"),
      ("a", "-1d 07:50", "Sam!! Nasceu a Beatriz esta madrugada, 3,2 kg, mãe e bebé ótimas 💕"),
      (ME, "+2h", "Que alegria!! Parabéns aos dois, um beijinho enorme à Beatriz."),
      ("a", "+30m", "Obrigada primo! Vem conhecê-la quando vieres a Braga."),
  ], focus=True)]),

S("tw-0598", False, "In Spanish, a bar owner replies 'llámame loco' with an anecdote about raising coffee prices and Sam thanks him; no ask.",
  "keyword_trap small_talk first_contact reciprocity non_english lang_es",
  {"a": P("Eusebio Carballeda Mouriño", tw="eusebio_barlugo")},
  [th(T, [
      (ME, "-1d 09:30", "Los clientes se fijan mucho menos en el precio de lo que creemos. Se fijan en el cambio."),
      ("a", "+2h", "Llámame loco, pero en mi bar subimos el café a 1,50 y vendemos más que antes. Nadie dijo nada."),
      (ME, "+20m", "Nada loco. ¡Gracias por compartirlo!"),
  ], focus=True)]),

S("tw-0599", False, "In French, a fake 'X assistance' account threatens to suspend Sam's account and asks him to verify on a link; phishing.",
  "spam automated first_contact non_english lang_fr",
  {"a": P("Centre d'assistance X", tw="x_assistance_fr24")},
  [dm(T, "a", [
      ("a", "-1d 03:15", "Bonjour, votre compte a été signalé pour violation des droits d'auteur et sera suspendu sous 24 h. Pour faire appel, confirmez votre identité ici : x-verif-appel.example"),
  ], focus=True)]),

S("tw-0600", False, "In German, a former colleague jokes that her three-hour meeting could have been an e-mail and Sam commiserates; banter and a keyword trap.",
  "small_talk keyword_trap reciprocity non_english lang_de",
  {"a": P("Ricarda Zumwinkel", tw="ricarda_zw")},
  [dm(T, "a", [
      ("a", "-70d 18:00", "Schönen Urlaub!"),
      (ME, "+1h", "Danke dir!"),
      ("a", "-1d 17:40", "Drei Stunden Jour fixe heute. Das Meeting hätte wirklich eine E-Mail sein können 🙃"),
      (ME, "+20m", "Klassiker. Halt durch!"),
      ("a", "+5m", "Ich denk an dich, wenn ich um 19 Uhr noch Folien formatiere 😂"),
  ], focus=True)]),

S("tw-0601", False, "In Portuguese, a Brazilian Instagram mentor praises Sam's profile and offers a free 20-minute call to show his method; a seller.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Wesley Caldas Moura", tw="wesley_posiciona")},
  [dm(T, "a", [
      ("a", "-2d 13:00", "E aí Sam, beleza? Que perfil top o seu! 🚀 Sou mentor de posicionamento no Instagram para consultores e já ajudei dezenas de profissionais a triplicar o faturamento. Bora marcar uma call gratuita de 20 minutos pra eu te mostrar o método?"),
  ], focus=True)]),

S("tw-0602", False, "A stranger opens with compliments on Sam's energy and asks for a five-minute call about her phone-based side business; an MLM opener.",
  "promotional keyword_trap first_contact",
  {"a": P("Kayleigh Brambleton", tw="kayleigh_b_xo")},
  [dm(T, "a", [
      ("a", "-1d 20:20", "heyyy Sam!! 😊 random I know but I've been following you for ages and love your energy! I've started a little something from my phone that's changed everything for me and you'd be amazing at it. 5 min call so I can explain? zero pressure x"),
  ], focus=True)]),

S("tw-0603", False, "A former colleague silent for four years resurfaces to sell Sam a website redesign at a friends discount over a 15-minute call.",
  "promotional keyword_trap reengagement",
  {"a": P("Lachlan Pitchford", tw="lachlan_webbuilds")},
  [dm(T, "a", [
      ("a", "-1480d 17:00", "Leaving drinks were epic, good luck in Lisbon!"),
      (ME, "+2h", "Thanks Lachlan, come visit!"),
      ("a", "-2d 12:30", "Sam mate! Been too long. I've gone solo building websites for consultants, and no offence but yours could do with a refresh 😅 Friends discount obviously. 15 min call this week to run you through some ideas?"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 14: another plain month, very different writers
S("tw-0604", True, "A Lagos payments founder whose traders drift back to cash over a 1.5% fee asks for a call this week; Sam offers a time and he confirms it.",
  "ask_call first_contact reciprocity fast_reply",
  {"a": P("Chukwuemeka Adebanjo-Eze", tw="emeka_kobowise")},
  [dm(T, "a", [
      ("a", "-1d 07:12", "Good morning Sam. I trust this meets you well. My name is Chukwuemeka, co-founder of Kobowise, we do payments for market traders in Lagos and Ibadan (about 9,000 active traders). We charge 1.5% per transaction and since the cash palaver started many traders are going back to cash. I read your thread about fees that customers can see. Please can we do a call this week? I will adjust to your time, even late evening is fine by me."),
      (ME, "+2h", "Hi Chukwuemeka, glad you wrote. Happy to. Would Thursday at 4pm Lisbon time work?"),
      ("a", "+6m", "Thursday 4pm is perfect. I will send a Google Meet link. Thank you sir, much appreciated."),
  ], focus=True)]),

S("tw-0605", True, "In Chilean Spanish, a student whose thesis is on dynamic parking prices follows up Sam's offer to DM and asks for half an hour on a video call.",
  "ask_call first_contact typo non_english lang_es",
  {"a": P("Josefina Araya Cifuentes", tw="jose_araya_c")},
  [th(T, [
      (ME, "-2d 10:00", "Dynamic pricing gets blamed for everything. Usually the problem isn't that prices move, it's that nobody explains why they moved."),
      ("a", "+5h", "sam!! estudio ing comercial en la u de chile y mi tesis es justo sobre esto, tarifas dinamicas en estacionamientos de santiago. la gente odia q cambien y nadie explica nada po 😅"),
      (ME, "+30m", "¡Qué buen tema, Josefina! Escríbeme por DM si quieres."),
  ]),
   dm(T, "a", [
      ("a", "-1d 13:20", "holaa! te escribo por lo de la tesis. mi profe guia me dijo q entrevistara a alguien q trabaje en pricing de verdad y no solo papers. tendrias media hora pa una videollamada la proxima semana?? cachai q casi no hay nada escrito sobre chile jaja. me adapto a tu horario"),
  ], focus=True)]),

S("tw-0606", True, "A Columbus sales rep whose team discounts 25-30% asks what a half-day workshop on not caving on price would cost, and a call is being set up for tomorrow.",
  "ask_rates ask_call first_contact reciprocity",
  {"a": P("Brett Kowalczyk", tw="brettk_closes")},
  [dm(T, "a", [
      ("a", "-1d 15:40", "Hey Sam!! Brett here, AE at a mid-market HR software company out of Columbus. Real talk: our whole team discounts 25-30% just to get deals over the line and my VP asked me (lol, me) to find someone who can run a half-day workshop on not caving on price for our 14 reps. Saw your clip about staying quiet after you say the number. What would something like that run us? Budget's there, kickoff is in 6 weeks"),
      (ME, "+1h", "Hi Brett, that's squarely what I do. For 14 people it's a fixed fee, I'll send you a range. Could we do 20 minutes first so I understand your deal cycle?"),
      ("a", "+9m", "100%. Tomorrow 11am ET? I'll throw an invite on your calendar 🙌"),
  ], focus=True)]),

S("tw-0607", True, "In Swiss German, an Emmental cheese dairy whose shipping costs eat its online margin asks Sam for a phone call in the coming days.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Ueli Aeschbacher", tw="ueli_chaesi")},
  [dm(T, "a", [
      ("a", "-2d 05:50", "Grüezi Herr Rivera. Ich führe mit meinem Bruder die Dorfkäserei in Langnau im Emmental, 14 Bauern liefern uns die Milch. Seit letztem Jahr verkaufen wir auch online, aber die Versandkosten fressen uns die Marge weg und wir wissen nicht, ob wir einen Mindestbestellwert einführen oder die Preise anpassen sollen. Ein Kollege vom Käserverband hat mir Ihren Namen gegeben. Hätten Sie in den nächsten Tagen Zeit für ein Telefongespräch? Freundliche Grüsse, Ueli Aeschbacher"),
  ], focus=True)]),

S("tw-0608", True, "An Osaka-born illustrator in Lisbon must propose a licence fee to a Kyoto tea company and invites Sam for a coffee; they agree on a morning.",
  "ask_meeting ask_help first_contact reciprocity",
  {"a": P("Haruka Morimoto", tw="haruka_mrmt")},
  [dm(T, "a", [
      ("a", "-2d 11:05", "Dear Sam, please excuse my sudden message. My name is Haruka Morimoto, I am an illustrator from Osaka and I live in Lisbon since two years. A small tea company in Kyoto wishes to use my drawings on their packages for three years, and they asked me to propose a licence fee. I do not know the correct way to calculate it and I am afraid to say a wrong number. If it is not a trouble for you, may I invite you for a coffee in Lisbon, at a time convenient for you? Thank you very much for reading."),
      (ME, "+3h", "Hello Haruka, thank you for writing, and congratulations on the Kyoto project. Happy to. Tuesday or Wednesday morning next week, near Príncipe Real?"),
      ("a", "+40m", "Thank you so much. Wednesday morning is good for me. I will bring the contract draft and my questions."),
  ], focus=True)]),

S("tw-0609", True, "A pub landlord from a workshop three years ago writes again: he has bought the building next door to serve food and asks for an evening phone call about menu prices.",
  "reengagement ask_call",
  {"a": P("Declan Fahy", tw="declan_fahys_ennis")},
  [dm(T, "a", [
      ("a", "-1100d 23:10", "great day at the workshop sam, head is full"),
      (ME, "+9h", "Glad you came, Declan!"),
      ("a", "-2d 21:40", "Sam! Declan from the Galway workshop, ye might remember me, the lad with the pub in Ennis. Well we've gone and bought the place next door and we're doing food now, proper food, not toasties. The menu prices are doing my head in, the chef wants one thing and the accountant wants another. Any chance of a ring some evening this week? I'll not keep you long, promise"),
  ], focus=True)]),

S("tw-0610", True, "In Brazilian Portuguese, a recipe influencer with 180k followers asks in five quick messages for a short paid call to learn what to charge brands.",
  "ask_call ask_rates first_contact many_turns non_english lang_pt",
  {"a": P("Tatiane Guedes", tw="tati_receitinhas")},
  [dm(T, "a", [
      ("a", "-1d 22:01", "oiii Sam"),
      ("a", "+1m", "tudo bem??"),
      ("a", "+1m", "sou a Tati, tenho um perfil de receitinhas fit com 180 mil seguidores 🥗"),
      ("a", "+2m", "as marcas tão começando a me pedir tabela de preço pra publi e eu não faço IDEIA quanto cobrar 😭😭 uma me ofereceu 300 reais por 3 stories e minha amiga falou q é muito pouco"),
      ("a", "+1m", "vc faz esse tipo de consultoria?? a gente pode fazer uma call rapidinha essa semana? eu pago tá"),
  ], focus=True)]),

S("tw-0611", True, "A Rotterdam product manager bluntly asks for 45 paid minutes about a middle plan that loses money, and they fix a Tuesday slot.",
  "ask_call ask_rates first_contact reciprocity",
  {"a": P("Sanne Verbeek", tw="sanneverbeek_pm")},
  [dm(T, "a", [
      ("a", "-2d 08:30", "Hi Sam. Sanne, product manager at a B2B route-planning company in Rotterdam, 60 people. We have three plans. 71% of new customers pick the middle one and it is our least profitable. I read your thread on decoy tiers and disagree with half of it, which is why I want to talk to you. 45 minutes, paid, next week. What is your rate?"),
      (ME, "+2h", "Ha, disagreement is welcome. My advisory rate is on my site under 'Work with me'. Monday or Tuesday afternoon?"),
      ("a", "+4m", "Seen it, fine. Tuesday 14:00. Sending the invite. Be ready to defend the decoy."),
  ], focus=True)]),

S("tw-0612", True, "In formal French, a civil servant of the Niort conurbation invites Sam to speak, paid, at a morning for town-centre shopkeepers and asks to discuss it by phone.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Thierry Lemaréchal", tw="t_lemarechal_niort")},
  [dm(T, "a", [
      ("a", "-3d 14:15", "Bonjour Monsieur Rivera, Je suis chargé de mission commerce et artisanat à la communauté d'agglomération du Niortais. Dans le cadre de notre programme d'accompagnement des commerçants de centre-ville, nous organisons au printemps une matinée consacrée à la fixation des prix face à la hausse des charges. Votre intervention nous semblerait particulièrement pertinente. Une prise en charge de vos frais de déplacement et une rémunération selon la grille en vigueur sont prévues. Seriez-vous disposé à en échanger par téléphone ? Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées. T. Lemaréchal"),
  ], focus=True)]),

S("tw-0613", True, "An accountant Sam knows introduces an Accra chocolate maker in a group DM; she asks for a call about wholesale prices for European hotels and they pick a day.",
  "introduction ask_call first_contact reciprocity many_turns",
  {"k": P("Prakash Nallathambi", tw="prakash_numbers"), "n": P("Efua Mensah-Bonsu", tw="efua_beantobar")},
  [dm(T, "k", [
      ("k", "-300d 15:00", "Your issue on payment terms saved one of my clients a small fortune, thank you."),
      (ME, "+2h", "That made my day, Prakash."),
  ]),
   dm(T, "k n", [
      ("k", "-2d 14:00", "Sam, meet Efua. She makes bean-to-bar chocolate in Accra and hotels in Europe have started asking her for wholesale prices. I told her you're the person to ask. Efua, Sam is great, don't let him be modest."),
      ("n", "+40m", "Thank you Prakash! Hello Sam, pleased to meet you. We sell 50g bars at home, and now two hotels in Amsterdam and one in Lisbon want a price for 5kg blocks for their pastry kitchens. I really don't want to get it wrong on the first order. Could we speak on a call this week or next?"),
      (ME, "+1h", "Hi Efua, lovely to meet you, and thanks Prakash. Yes, let's. Friday morning?"),
      ("n", "+15m", "Friday morning works perfectly. Thank you!"),
  ], focus=True)]),

S("tw-0614", True, "A Kraków language-school owner facing a 30% rent rise asks for paid help on Twitter and, two days later, for a short call on LinkedIn.",
  "cross_platform first_contact ask_help ask_call",
  {"a": P("Agnieszka Wróblewska", tw="aga_wroblewska_krk", li=True)},
  [dm(T, "a", [
      ("a", "-4d 09:30", "Hello Sam, I am owner of small language school in Kraków (English and Spanish for adults, 220 students). We must rise prices in September because rent is up 30%, but our students are mostly students and I am scared we lose half of them. Can you help with this? I would pay for consultation of course."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 08:15", "Hello Sam, I wrote you on Twitter also, sorry if I am pushy :) I send here because maybe you check LinkedIn more. Is possible to have a short call next week about our price increase? Thank you, Agnieszka"),
  ], focus=True)]),

S("tw-0615", True, "In Spanish, a volunteer at a Zaragoza youth football club asks to phone Sam about raising fees without losing poorer families, and they set a time.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": P("Fermín Lacasta Ibort", tw="fermin_cdarrabal")},
  [dm(T, "a", [
      ("a", "-3d 20:30", "Buenas Sam, te escribo desde el CD Arrabal, un club de fútbol base de Zaragoza. Soy voluntario (en la vida real conduzco el autobús urbano, jeje). Tenemos 310 chavales y la cuota es la misma desde 2017, 180 € la temporada. La junta quiere subirla pero hay familias que no llegan y no queremos dejar a ningún crío fuera. Leí lo que escribiste sobre tarifas sociales. ¿Te podría llamar un rato algún día de la semana que viene? No tenemos mucho presupuesto pero algo podríamos pagar."),
      (ME, "+2h", "Hola Fermín, me encanta lo que hacéis. Claro que sí, y no hace falta pagar nada. ¿El martes por la tarde?"),
      ("a", "+20m", "¡Perfecto! Te llamo el martes a las 19h. Mil gracias, de verdad"),
  ], focus=True)]),

S("tw-0616", True, "A Clare Valley cellar-door owner asks Sam three substantive questions about charging for tastings within the hour and Sam answers each in minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Bronwyn Tregenza", tw="bron_cellardoor")},
  [th(T, [
      (ME, "-1d 09:00", "Free tastings aren't free. Somebody pays for them; the only question is whether it's the people who buy or the people who don't."),
      ("a", "+25m", "Good timing. We run a cellar door in the Clare Valley, free tastings, maybe 1 in 5 visitors buys. If we charge $15 refundable on purchase, do we lose the bus tours?"),
      (ME, "+8m", "Maybe some. Ask the tour operators first: many prefer a fixed per-head rate they can fold into their own ticket."),
      ("a", "+6m", "Huh. So a trade rate for groups and $15 for walk-ins. Would you make the refund cover one bottle or any purchase?"),
      (ME, "+5m", "Any purchase over the fee. One-bottle rules feel like a trap."),
      ("a", "+7m", "Fair. Last one I promise: do we tell the wine club members they're still free or let them find out at the door?"),
      (ME, "+9m", "Tell them. It's the cheapest perk you'll ever get to advertise."),
  ], focus=True)]),

S("tw-0617", True, "A Scottish podcast host for tradespeople invites Sam on an episode about quoting jobs and asks for a short Zoom beforehand.",
  "ask_call first_contact",
  {"a": P("Callum Drummond-Hay", tw="callum_tradetalk")},
  [dm(T, "a", [
      ("a", "-1d 19:25", "Hiya Sam, Callum here. I do a wee podcast for tradespeople in Scotland (sparkies, joiners, plumbers, about 4k listens an episode) on the business side of things. Folk are terrified of quoting, they either go in far too low or don't quote at all and just do the job. Would you come on for an episode about quoting? If you're up for it I'd like a quick 10 min Zoom first so I know what to ask ye."),
  ], focus=True)]),

S("tw-0618", True, "A Bengaluru founder whose customers never pick the annual plan asks, politely and indirectly, whether Sam would review the pricing page for a fee.",
  "ask_feedback indirect_ask first_contact",
  {"a": P("Ananya Thirumalai", tw="ananya_stockroom")},
  [dm(T, "a", [
      ("a", "-2d 12:45", "Hi Sam, Ananya here, I run a 9-person company in Bengaluru making inventory software for pharmacies. We launched a new pricing page last month. Signups are fine but almost nobody picks the annual plan, even with two months free. I know you must get a lot of these messages, so no pressure at all, but would you be open to looking at the page and telling us what feels off? We'd pay for your time, obviously."),
  ], focus=True)]),

S("tw-0619", True, "In Portuguese, a hotelier from a Porto workshop two years ago, now heading a Douro hotel association, proposes a paid training day and asks for a meeting.",
  "reengagement ask_meeting non_english lang_pt",
  {"a": P("Rui Pestana Albergaria", tw="rui_quintadouro")},
  [dm(T, "a", [
      ("a", "-820d 18:00", "Obrigado pela formação no Porto, Sam. A equipa saiu de lá cheia de ideias."),
      (ME, "+2h", "Obrigado eu, Rui!"),
      ("a", "-3d 11:30", "Olá Sam, bons tempos aquele workshop no Porto! Agora sou presidente da associação de hotelaria do Douro e estamos a preparar um ciclo de formação para os associados antes da época alta. A ideia era um dia contigo sobre preços de quartos e pacotes de enoturismo, pago pela associação, claro. Podemos marcar uma reunião, em Lisboa ou online, para falarmos disto com calma?"),
  ], focus=True)]),

S("tw-0620", False, "A retired teacher replies to Sam's post with a one-line thank-you; nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Morag Lindsay-Baird", tw="morag_lb_fife")},
  [th(T, [
      (ME, "-1d 08:10", "A price tag is the shortest copy a business ever writes, and the one customers read most carefully."),
      ("a", "+3h", "Thank you Sam, a lovely read with my morning tea."),
  ], focus=True)]),

S("tw-0621", False, "A young stranger answers Sam's post about game subscriptions with three emoji and nothing else.",
  "emoji_only first_contact",
  {"a": P("Iker Montalvo", tw="ikermontalvo_gg")},
  [th(T, [
      (ME, "-2d 17:00", "Game studios discovered what gyms knew for decades: the cheapest customer is the one who pays monthly and forgets to play."),
      ("a", "+14m", "🔥🔥💯"),
  ], focus=True)]),

S("tw-0622", False, "A Lagos founder tags Sam among fourteen accounts in a shoutout tweet; a mass mention.",
  "mass_mention first_contact",
  dict(crowd(14, 604), a=P("Oluwaseun Bankole", tw="seun_bankole_hq")),
  [th(T, [
      ("a", "-1d 12:00", "Big shoutout to the voices who shaped my thinking on building in Africa this year 🙌🏾 If you're not following these people, fix it today!! #BuildersOfLagos", {"at": ats(14)}),
  ], focus=True)]),

S("tw-0623", False, "A chatbot greets Sam after he follows an account and offers a numbered menu of courses and coaching; an automated sales DM.",
  "automated promotional",
  {"a": P("Kit Ferreday", tw="kitferreday_growth")},
  [dm(T, "a", [
      ("a", "-1d 03:12", "Hi Sam 👋 I'm Remy, Kit's assistant bot! Kit is busy creating right now, but tell me what you're working on and I'll point you to the right resource. Reply 1 for courses, 2 for coaching, 3 for free templates 🚀"),
  ], focus=True)]),

S("tw-0624", False, "A recruiter template offers a Head of Pricing role at a London fintech and asks for a quick call; a recruiter, not a client.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Harriet Sallow", tw="harriet_halcyon")},
  [dm(T, "a", [
      ("a", "-2d 10:20", "Hi Sam, your background in pricing strategy really stood out to me! I'm partnering with a fast-growing Series C fintech in London who are hiring a Head of Pricing & Monetisation. Competitive base + equity, hybrid. Would you be open to a quick call this week to discuss? Best, Harriet | Halcyon Search"),
  ], focus=True)]),

S("tw-0625", False, "In Mexican Spanish, a lead-generation agency offers Sam 15 to 30 qualified meetings a month and asks to book a 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Brenda Zavala Ochoa", tw="brenda_leadsmx")},
  [dm(T, "a", [
      ("a", "-1d 16:05", "¡Hola Sam! 👋 Vi tu perfil y me encantó tu contenido sobre precios. En nuestra agencia ayudamos a consultores como tú a conseguir entre 15 y 30 reuniones calificadas al mes con dueños de negocio. ¿Te late que agendemos una llamada de 15 minutos esta semana? Te muestro cómo lo hacemos sin que tengas que prospectar 🚀"),
  ], focus=True)]),

S("tw-0626", False, "A stranger blames Sam's 'raise your prices' advice for a friend's diner closing and says somebody needs to call him out; hostile.",
  "hostile keyword_trap first_contact",
  {"a": P("Dale Hutchens", tw="dalehutch_realtalk")},
  [th(T, [
      (ME, "-2d 09:30", "Small businesses rarely die from charging too much. They die from charging too little for too long."),
      ("a", "+4h", "consultants preaching 'charge more' is how my buddy's diner went under. maybe get a real job before handing out advice. somebody needs to call out clowns like you"),
  ], focus=True)]),

S("tw-0627", False, "A stranger trades a joke with Sam about hidden 'Contact us' prices; the call he mentions is his own team's, and there is no ask.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": P("Trey Castellano", tw="treycastellano_saas")},
  [th(T, [
      (ME, "-1d 11:00", "A 'Contact us' button instead of a price is a company telling you it hasn't decided yet."),
      ("a", "+30m", "hot take but every SaaS 'Contact us' button is a cry for help. put the number on the page, cowards 😂"),
      (ME, "+10m", "Not wrong."),
      ("a", "+6m", "told my VP the same thing on our pipeline call this morning, he was NOT amused lol"),
  ], focus=True)]),

S("tw-0628", False, "In French, a Lyon bistro owner asked for a call about her lunch menu, it took place, and she thanks Sam and reports her decision; closed.",
  "closed reciprocity ask_call first_contact non_english lang_fr",
  {"a": P("Claire Vautrin-Mazel", tw="claire_bouchon_lyon")},
  [dm(T, "a", [
      ("a", "-6d 18:00", "Bonsoir Sam, pourrait-on s'appeler jeudi ? J'ai une question sur notre formule du midi, on ne s'en sort plus avec le prix des produits."),
      (ME, "+1h", "Bonsoir Claire, oui, jeudi 15h ?"),
      ("a", "+10m", "Parfait, merci."),
      ("a", "-2d 16:30", "Merci beaucoup pour l'appel de tout à l'heure, c'était limpide. On passe la formule à 19 € dès lundi et on garde le plat du jour à part. Belle fin de semaine !"),
      (ME, "+40m", "Avec plaisir Claire, bon courage pour lundi !"),
  ], focus=True)]),

S("tw-0629", False, "A New Zealand organiser invites Sam to speak in Auckland, he declines because of the dates, and she says no dramas; declined.",
  "declined closed reciprocity ask_call first_contact",
  {"a": P("Aroha Whitiora", tw="aroha_w_events")},
  [dm(T, "a", [
      ("a", "-4d 21:00", "Kia ora Sam! I organise a small-business summit in Auckland, 600 people, five weeks out. We'd love you for the closing keynote on pricing. Could we jump on a call to talk dates and fees?"),
      (ME, "+9h", "Kia ora Aroha, thank you, that's very kind. Unfortunately those dates clash with a client programme I can't move, and the trip is too long to squeeze in. Maybe another year?"),
      ("a", "+2h", "No dramas at all, totally understand. We'll try you earlier next time! Ngā mihi"),
  ], focus=True)]),

S("tw-0630", False, "In German, a Berlin bike-leasing founder asked for a short call seven weeks ago, Sam asked for dates and nothing came back; stale.",
  "stale ask_call reciprocity first_contact non_english lang_de",
  {"a": P("Konstantin Wendeborn", tw="kon_wendeborn")},
  [dm(T, "a", [
      ("a", "-52d 10:00", "Moin Sam, kleines Berliner Start-up hier (Dienstradleasing für Firmen). Wir überlegen, ob wir pro Mitarbeiter oder pro Rad abrechnen sollen. Hättest du Lust auf einen kurzen Call?"),
      (ME, "+3h", "Hallo Konstantin, gern! Schick mir zwei, drei Termine, die dir passen."),
  ], focus=True)]),

S("tw-0631", False, "Sam replies to a Welsh baker's tweet offering a free 20-minute call about his wholesale list and the baker never answers; Sam's own ask.",
  "owner_only ask_call",
  {"a": P("Gethin Pryce-Howells", tw="gethin_bara")},
  [th(T, [
      (ME, "-3d 17:00", "Gethin, saw this. If it helps, happy to do a free 20-minute call about the wholesale price list, just DM me."),
  ], focus=True, root="a")]),

S("tw-0632", False, "In Portuguese, a management student asks which book to read first about prices, Sam names one and she thanks him; a one-line answer settled it.",
  "trivial_question closed reciprocity first_contact non_english lang_pt",
  {"a": P("Leonor Vasconcelos Mota", tw="leonor_vmota")},
  [dm(T, "a", [
      ("a", "-2d 18:40", "Olá Sam! Sou estudante de gestão no ISEG. Qual é o primeiro livro que recomendas a quem quer começar a perceber de preços?"),
      (ME, "+1h", "Olá Leonor! 'O Preço Certo', da Marta Quintela. Lê-se num fim de semana."),
      ("a", "+5m", "Obrigada!! Vou já encomendar 😊"),
  ], focus=True)]),

S("tw-0633", False, "An Irish friend and Sam trade fast rugby banter after a match; friendly banter with nothing to continue.",
  "small_talk reciprocity many_turns fast_reply",
  {"a": P("Fionnuala Costigan", tw="fionn_costigan")},
  [dm(T, "a", [
      ("a", "-40d 22:00", "you owe me a coffee for that last quiz round, I carried us"),
      (ME, "+9h", "Eventually!"),
      ("a", "-1d 18:02", "WELL. did you watch it"),
      (ME, "+2m", "I watched the first half and then went for a walk to calm down"),
      ("a", "+1m", "coward 😂 the last ten minutes were the best rugby I've seen in years"),
      (ME, "+3m", "So I hear. I'll watch the highlights when my heart recovers."),
      ("a", "+1m", "you'll need a defibrillator for that try in the 78th"),
  ], focus=True)]),

S("tw-0634", False, "An American expat confirms quiz night and the team name with Sam; a social plan, and 'meet at the bar' is logistics.",
  "small_talk keyword_trap reciprocity",
  {"a": P("Jolene Ferriter", tw="jolene_in_lisbon")},
  [dm(T, "a", [
      ("a", "-20d 21:00", "that was the worst team name in quiz history and I'm proud of it"),
      (ME, "+1h", "A low bar, cleared."),
      ("a", "-1d 17:30", "ok are we still on for quiz night Thursday?? need a new team name, 'Quizzy Rascals' is retired"),
      (ME, "+40m", "Yes! 'Trivial Pursuits of Happiness'?"),
      ("a", "+5m", "perfect, terrible. let's meet at the bar at 8 so we get the good table"),
  ], focus=True)]),

S("tw-0635", False, "A stranger congratulates Sam on his newsletter reaching ten thousand readers and Sam thanks him; congratulations only.",
  "small_talk first_contact reciprocity",
  {"a": P("Darius Mehrabi", tw="darius_mehrabi_to")},
  [th(T, [
      (ME, "-1d 12:00", "The newsletter passed 10,000 readers this morning. Thank you, all of you, for reading about prices voluntarily."),
      ("a", "+45m", "Congrats Sam, well deserved! Been reading since issue 3 🎉"),
      (ME, "+1h", "Thanks Darius, that's a long way back!"),
  ], focus=True)]),

S("tw-0636", False, "A fake 'brand ambassador' offer promises a free watch if Sam pays delivery with a discount code; a scam.",
  "spam promotional first_contact",
  {"a": P("Lumé Watches Official", tw="lume_watches_ambassadors")},
  [dm(T, "a", [
      ("a", "-1d 02:40", "Hey! We love your feed 😍 You've been selected as a brand ambassador for Lumé Watches! Pick any watch for FREE, you only cover delivery, with code SAM50 at lume-watches.example 💫"),
  ], focus=True)]),

S("tw-0637", False, "A stranger who loves Sam's 'energy' offers a place in her wellness-brand team and asks for a quick call; an MLM opener.",
  "promotional keyword_trap first_contact",
  {"a": P("Kaylee Brandstetter", tw="kaylee_glowsquad")},
  [dm(T, "a", [
      ("a", "-2d 20:10", "Heyyy Sam!! 💕 Saw you're an entrepreneur and I just LOVE your energy!! I've partnered with a wellness brand that lets me work from anywhere and I'm looking for 3 motivated people to mentor this month. Could we do a quick call so I can tell you more?? Zero pressure 🥰"),
  ], focus=True)]),

S("tw-0638", False, "In Austrian German, a Heuriger owner asks for help with concert tickets and withdraws two days later because the town now pays the musicians; closed.",
  "closed ask_help reciprocity first_contact non_english lang_de",
  {"a": P("Valentina Hörmanseder", tw="vali_hoermanseder")},
  [dm(T, "a", [
      ("a", "-5d 09:40", "Hallo Sam! Ich betreibe einen kleinen Heurigen in Wien-Stammersdorf und wir überlegen, für die Sommerkonzerte Eintritt zu verlangen. Könntest du mir da helfen?"),
      (ME, "+4h", "Hallo Valentina, gern! Wie viele Konzerte sind geplant und wie viele Gäste kommen normalerweise?"),
      ("a", "-3d 20:15", "Ach, sorry, hat sich erledigt: die Gemeinde zahlt heuer die Musiker, also bleibt's gratis. Danke trotzdem und liebe Grüße!"),
      (ME, "+1h", "Noch besser! Viel Spaß bei den Konzerten."),
  ], focus=True)]),

S("tw-0639", False, "In French, a former colleague silent for three years now sells a public-speaking coaching programme and proposes a discovery call; selling to Sam.",
  "promotional keyword_trap reengagement non_english lang_fr",
  {"a": P("Gaëtan Lestrade", tw="gaetan_lestrade_coach")},
  [dm(T, "a", [
      ("a", "-1150d 19:00", "Bonne route pour Lisbonne, Sam !"),
      (ME, "+1h", "Merci Gaëtan, à bientôt !"),
      ("a", "-2d 12:30", "Salut Sam ! Ça fait un bail 😊 Je me suis reconverti, je suis maintenant coach en prise de parole pour dirigeants et consultants. J'ouvre trois places dans mon programme de 10 semaines 'Parler vrai' et ton profil m'est venu en tête direct. On se cale un petit appel découverte de 20 minutes cette semaine ?"),
  ], focus=True)]),

S("tw-0640", False, "A podcast-booking service pitches guaranteed guest spots on Twitter and LinkedIn in the same week and asks for a call; a seller on two platforms.",
  "promotional cross_platform keyword_trap first_contact",
  {"a": P("Jordan Whitsell", tw="jordan_guestspot", li=True)},
  [dm(T, "a", [
      ("a", "-4d 15:00", "Hey Sam, your voice would kill it on podcasts 🎙️ We book consultants on 8-12 top business shows per quarter, guaranteed or you don't pay. Got 10 min this week?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 14:30", "Sam, pinging you here too since Twitter DMs get buried. We still have two spots in this quarter's guest roster for consultants. 15 min tomorrow to walk you through it?"),
  ], focus=True)]),

S("tw-0641", False, "A Yorkshire baker jokes that ChatGPT priced her sourdough at £11 and Sam jokes back; 'ChatGPT' is a keyword trap, nothing to continue.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": P("Rosie Sugden", tw="rosie_loafandladle")},
  [th(T, [
      (ME, "-2d 08:45", "Ask three people what a loaf of bread should cost and you'll get four answers and one argument."),
      ("a", "+1h", "asked ChatGPT what to charge for my sourdough and it said £11. my nan would haunt me"),
      (ME, "+20m", "Your nan is the better pricing consultant."),
      ("a", "+8m", "😂 she priced everything in old money till the day she died"),
  ], focus=True)]),

S("tw-0642", False, "A former colleague introduces an invoicing-software founder in a group DM and she immediately pitches Sam a 20-minute demo; an introduction that is a sale.",
  "introduction promotional keyword_trap first_contact",
  {"k": P("Lars Oddvar Brekke", tw="lars_brekke"), "n": P("Tiffany Obasi-Grant", tw="tiffany_invoxa")},
  [dm(T, "k", [
      ("k", "-400d 16:00", "Skål for the new chapter, Sam!"),
      (ME, "+2h", "Skål, Lars, thank you."),
  ]),
   dm(T, "k n", [
      ("k", "-2d 13:00", "Sam, meet Tiffany, she's building something for consultants, thought you two should connect."),
      ("n", "+25m", "Thanks Lars! Hi Sam 👋 Invoxa automates invoicing and payment reminders for independent consultants, our users get paid 19 days faster on average. I'd love to give you a 20-minute demo, does Thursday work?"),
  ], focus=True)]),

S("tw-0643", False, "In Spanish, an event account sends the automatic reminder with an access link for tomorrow's webinar; a notification.",
  "automated non_english lang_es",
  {"a": P("Foro Pyme Valencia", tw="foropyme_vlc")},
  [dm(T, "a", [
      ("a", "-1d 07:00", "Recordatorio: el webinar «Precios en tiempos de inflación» empieza mañana a las 18:00 (CET). Tu enlace de acceso personal: foropyme.example/w/4821. ¡Te esperamos!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 15: the week after a viral thread
S("tw-0644", True, "A gym-chain operations manager asks about the viral thread in the replies, Sam answers, and she DMs for a paid 30-minute call that is being scheduled.",
  "ask_call first_contact reciprocity",
  {"a": P("Marisol Quenneville", tw="marisol_liftworks")},
  [th(T, [
      (ME, "-6d 08:40", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake on the counter that almost nobody orders. The €18 cake now sells out by noon. The top of a price list isn't there to sell. It's there to make the rest make sense. 🧵"),
      ("a", "+5h", "we run 9 gyms and our top membership (€79, classes + sauna) is already the bestseller. does this still work when the 'expensive' one is what people actually buy?"),
      (ME, "+25m", "Then it isn't the €42 cake, it's your core product, and the real question is what sits above it. Probably yes, but it depends on what the €49 tier is doing."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 10:15", "Hi Sam, Marisol from the gym question under your cake thread. Your answer sent me down a rabbit hole with our finance lead. Could we book 30 minutes on a call next week? Happy to pay for the time, we're reviewing all memberships before September."),
      (ME, "+40m", "Hi Marisol, glad it helped. Yes, send me two or three slots that suit you."),
      ("a", "+15m", "Tuesday 11:00 or Wednesday 15:00 Lisbon time?"),
  ], focus=True)]),

S("tw-0645", True, "An independent-retail podcast host who saw the viral thread invites Sam on his show and asks for a 15-minute call first.",
  "ask_call first_contact",
  {"a": P("Callum Pendergrast", tw="callum_counterpod")},
  [th(T, [
      (ME, "-5d 09:10", "The most useful item on a menu is sometimes the one nobody orders. A short thread about a €42 cake and what it did for an €18 one 🧵"),
      ("a", "-2d 19:05", "half my guests have sent me this thread this week 😅 DM'd you"),
  ]),
   dm(T, "a", [
      ("a", "-2d 19:20", "Hey Sam, I host The Counter, a weekly podcast for independent retailers (about 9k listeners, mostly UK). Would you come on for an episode about the cake thread? We'd record in the next few weeks. Could we have a quick 15-minute call first so I know how you'd like to frame it?"),
  ], focus=True)]),

S("tw-0646", True, "A newspaper journalist replies that she has DM'd Sam and asks to phone him today for a quote before her 4pm deadline.",
  "ask_call first_contact",
  {"a": P("Agnieszka Wojtasik", tw="agawojtasik_money")},
  [th(T, [
      (ME, "-7d 08:20", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-1d 21:35", "sent you a DM, on deadline tomorrow 🙏"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 21:38", "Hi Sam, Agnieszka Wojtasik, I write for the money pages at the Sunday Courier. I'm doing a piece on why cafés and supermarkets stock 'silly' premium items, prompted by your cake thread. Could I phone you tomorrow morning for five minutes? I'd quote you by name. Copy is due at 4pm."),
  ], focus=True)]),

S("tw-0647", True, "A salon-software founder asks question after question under the viral thread while Sam answers within minutes; a stranger with a real business problem and no ask yet.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Tariq Lahlou-Grant", tw="tariq_slotbook")},
  [th(T, [
      (ME, "-5d 09:05", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. The top of your price list is there to make the rest make sense. 🧵"),
      ("a", "-2d 14:10", "question on this: we sell booking software to hair salons, two plans (€29/€59). if we add a €149 plan, who is it actually for? or is it fine if it's for nobody?"),
      (ME, "+6m", "It should be for somebody, just not for most. Multi-location salons, say. If nobody could rationally buy it, people smell it."),
      ("a", "+4m", "ok that helps. multi-location is ~4% of our base. do we give it features the €59 lacks, or just more seats + priority support?"),
      (ME, "+5m", "Features that only matter at scale: staff permissions, cross-location reports. Nothing a single salon would miss, or you annoy your core."),
      ("a", "+7m", "and the €59, leave it alone or nudge it up once the €149 exists?"),
      (ME, "+4m", "Leave it for a quarter, watch the mix, then decide. Change two things at once and you'll never know which one worked."),
      ("a", "+3m", "super clear. putting this in front of my cofounder tonight, might come back with our numbers"),
  ], focus=True)]),

S("tw-0648", True, "A former client silent for two and a half years quote-tweets the viral thread and DMs about three new restaurants, asking for a proposal or a talk first.",
  "reengagement ask_rates ask_chat",
  {"a": P("Genevieve Strathmore", tw="gen_strathmore")},
  [dm(T, "a", [
      ("a", "-900d 17:00", "Final menus are printed. Thank you for everything Sam, the team loves the new structure."),
      (ME, "+1h", "Wonderful, Genevieve. Enjoy the launch!"),
      ("a", "-3d 13:05", "Sam! Long time. That thread brought back memories. News: we're opening three more sites next spring (Bristol, Bath, Cardiff) and I want the menus and set-lunch pricing done properly from day one. Could you send me a proposal, or shall we talk it through first? I'd rather not leave it late this time."),
  ], focus=True),
   th(T, [
      ("a", "-3d 12:30", "Sam did exactly this with our dessert menu a couple of years ago and the 'silly' £14 sharing platter paid for itself in a month. Recommend. @samrivera_io"),
  ], focus=True)]),

S("tw-0649", True, "A subscription-box e-commerce head asks about the viral thread on Twitter and three days later writes on LinkedIn asking for a call about a premium tier.",
  "cross_platform first_contact ask_call reciprocity",
  {"a": P("Linnea Haverkamp", tw="linnea_grindparcel", li=True)},
  [th(T, [
      (ME, "-7d 08:15", "A bakery asked why nobody bought their €18 cake. We put a €42 cake next to it that almost nobody orders. The €18 one now sells out by noon. 🧵"),
      ("a", "-5d 16:00", "does this work for subscriptions? we sell coffee boxes at €19/€29 and 80% pick €19. thinking of a €55 'roaster's reserve' but scared it looks like a gimmick"),
      (ME, "+2h", "It works if the top tier is real: real scarcity, real coffee. A gimmick tier is the one thing customers always notice."),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 09:30", "Hi Sam, I asked you about coffee boxes under your cake thread on Twitter earlier this week. I'm Head of E-commerce at Grind & Parcel. I now have the go-ahead to test a premium tier in Q3 and would love to talk it through properly. Would you have time for a call next week? Also happy to discuss a paid engagement if that's how you work."),
  ], focus=True)]),

S("tw-0650", True, "A former workshop attendee tags a friend under the viral thread, and she takes it up, asks Sam for a paid call about her bike shop and DMs times.",
  "introduction first_contact ask_call reciprocity",
  {"k": P("Fergus McAlinden", tw="fergus_mcal"), "n": P("Oyinda Adesanya-Pike", tw="oyinda_spokes")},
  [dm(T, "k", [
      ("k", "-210d 18:00", "Thanks for the workshop yesterday Sam, my head is still buzzing."),
      (ME, "+2h", "Thanks for coming, Fergus!"),
  ]),
   th(T, [
      (ME, "-6d 09:20", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("k", "-3d 20:10", "this is what I was banging on about at the pub re your service packages. talk to Sam, he's the real deal", {"at": "n"}),
      ("n", "+1h", "ha, Fergus won't shut up about you. I run a bike repair shop in Leeds, three service levels and everyone picks the cheapest. would you do a call sometime this week or next? I'd pay for your time"),
      (ME, "+30m", "Happy to, Oyinda. DMs are open, send me a couple of times."),
  ], focus=True),
   dm(T, "n", [
      ("n", "-2d 09:40", "Hi Sam, Oyinda (Fergus's friend). Any morning next week works for me, the shop is shut Mondays so Monday is easiest if you can."),
  ], focus=True)]),

S("tw-0651", True, "A Dublin retail-conference programmer who saw the viral thread offers a paid keynote and asks for a call about dates and fee.",
  "ask_call first_contact",
  {"a": P("Maeve Cloonan", tw="maeve_aisleahead")},
  [dm(T, "a", [
      ("a", "-1d 15:45", "Hi Sam, I programme Aisle Ahead in Dublin (October, ~1,200 attendees, mostly grocery and hospitality). Your cake thread went round our whole committee this week and we'd love you for a 30-minute keynote on it. It's a paid slot plus travel. Could we have a call this week or early next to talk dates and fee?"),
  ], focus=True)]),

S("tw-0652", True, "In Spanish, a Zaragoza dental-clinic owner asks under the viral thread, moves to DM and arranges a paid video call for Wednesday.",
  "ask_call first_contact reciprocity non_english lang_es",
  {"a": P("Rodrigo Aldecoa Pardo", tw="raldecoa_dental")},
  [th(T, [
      (ME, "-6d 08:55", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-3d 13:20", "¿Esto funciona también con tratamientos? Tengo tres clínicas dentales en Zaragoza y todo el mundo pide la limpieza básica y nada más."),
      (ME, "+1h", "Funciona, pero con cuidado: en salud la opción de arriba tiene que ser un tratamiento real que alguien necesite. ¿Qué ofrecéis por encima de la limpieza básica?"),
      ("a", "+20m", "Te escribo por privado, que es largo 😅"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 15:05", "Hola Sam, soy Rodrigo, el de las clínicas de Zaragoza. Tenemos limpieza básica (45 €), una 'completa' (75 €) que casi nadie elige, y el blanqueamiento aparte. Me gustaría verlo bien contigo. ¿Podríamos hacer una videollamada la semana que viene? Como trabajo pagado, claro."),
      (ME, "+30m", "Hola Rodrigo, claro. ¿Martes o miércoles por la tarde?"),
      ("a", "+2h", "El miércoles a las 17:00 me va perfecto."),
  ], focus=True)]),

S("tw-0653", True, "In Argentine Spanish, a veterinary-software founder inspired by the viral thread asks, indirectly, for half an hour to show Sam his pricing page.",
  "ask_feedback indirect_ask first_contact non_english lang_es",
  {"a": P("Valentín Oyarzábal", tw="valeoyarzabal_vet")},
  [dm(T, "a", [
      ("a", "-2d 23:10", "Che Sam, te sigo hace rato y el hilo de la torta me voló la cabeza. Tenemos un software para veterinarias en Córdoba, dos planes, y el caro no lo compra nadie (y no de la manera linda jaja). Si algún día tenés media hora libre, me encantaría mostrarte nuestra página de precios y que me digas qué ves. Sin compromiso eh."),
  ], focus=True)]),

S("tw-0654", True, "In French, a Nantes baker asks under the viral thread whether Sam coaches small shops and at what price, then sends details by DM and offers a call.",
  "ask_rates ask_call first_contact reciprocity non_english lang_fr",
  {"a": P("Maëlle Guéguen", tw="maelle_fournil")},
  [th(T, [
      (ME, "-7d 09:00", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake on the counter that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-5d 18:40", "Boulangère à Nantes ici 🥖 On a exactement le même problème avec nos entremets. Vous faites des accompagnements pour les petits commerces ? Si oui, à quel tarif ?"),
      (ME, "+1h", "Bonjour Maëlle ! Oui, j'en fais. Le plus simple : écrivez-moi en privé avec le nombre de boutiques et ce que vous vendez, je vous réponds avec une fourchette."),
  ], focus=True),
   dm(T, "a", [
      ("a", "-3d 07:30", "Bonjour Sam, deux boutiques (Nantes centre et Rezé), 14 salariés, une trentaine de gâteaux à la carte en plus du pain. On voudrait revoir toute la vitrine avant la rentrée. Pouvez-vous m'envoyer une fourchette ? Et si c'est plus simple, on peut s'appeler un matin, je suis dispo après 11h."),
  ], focus=True)]),

S("tw-0655", True, "In German, the owner of a family brewery whose staff passed the viral thread around asks Sam for a paid phone call next week.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Hendrik Kämpken", tw="hkaempken_brau")},
  [dm(T, "a", [
      ("a", "-1d 17:50", "Hallo Sam, dein Kuchen-Thread läuft bei uns in der Firma gerade rauf und runter 😄 Wir sind eine Familienbrauerei im Münsterland, 11 Sorten, und im Getränkemarkt greifen alle zum günstigsten Kasten. Ich glaube, wir haben oben im Sortiment genau das Problem, das du beschreibst. Hättest du nächste Woche Zeit für ein Telefonat? Gern auch bezahlt."),
  ], focus=True)]),

S("tw-0656", True, "In Portuguese, a Lisbon journalist replies under the viral thread and DMs asking to phone Sam this morning for an article closing at 4pm.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Teresa Ruivo Amaral", tw="teresa_ramaral")},
  [th(T, [
      (ME, "-6d 08:30", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-1d 19:00", "Sam, mandei-lhe uma mensagem privada, é para um artigo de amanhã 🙏"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-1d 19:02", "Boa tarde Sam, sou jornalista na Gazeta do Tejo. Estou a fechar um artigo sobre a subida dos preços nas pastelarias de Lisboa e o seu fio sobre o bolo de 42 euros vem mesmo a calhar. Podemos falar ao telefone amanhã de manhã, dez minutos? Fecho às 16h."),
  ], focus=True)]),

S("tw-0657", True, "A BBQ food-truck owner replies to the viral thread, Sam asks for numbers, and he DMs them with a typo-ridden request for a paid call this week.",
  "ask_call ask_rates first_contact reciprocity typo",
  {"a": P("Deshawn Pruitt", tw="dpruitt_smokes")},
  [th(T, [
      (ME, "-6d 09:30", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-3d 22:15", "yo this is my menu exactly. nobody buys the brisket platter, evryone gets the $12 sandwich"),
      (ME, "+9h", "The platter might be doing more work than you think. What's on it and what does it cost?"),
  ], focus=True),
   dm(T, "a", [
      ("a", "-2d 01:30", "hey sam its deshawn from the bbq reply. platter is $38 feeds 2-3, sandwich $12, sides $4. margin on platter way better but it jus sits there. cud we hop on a call this wk? ill pay ofc, jus tell me what u charge"),
  ], focus=True)]),

S("tw-0658", True, "A pottery-studio owner who added a top tier after the viral thread faces angry members and cancellations, asks for urgent help, and a call is set for this morning.",
  "ask_call ask_help first_contact reciprocity fast_reply",
  {"a": P("Coralie Winstanley", tw="coralie_kilnroom")},
  [dm(T, "a", [
      ("a", "-10h", "Sam, I did something silly. After your thread I added a £95 'studio plus' membership above our £55 one. Today 20 regulars emailed asking why the £55 now 'looks cheap' and two cancelled. Any chance you could spare 20 minutes tomorrow morning to help me fix the message before it spreads? I'll pay whatever you charge."),
      (ME, "+15m", "Oof. Don't change anything else yet. I can do 11:00 UK time tomorrow?"),
      ("a", "+4m", "11 is perfect, thank you so much. Sending you the email they all got."),
  ], focus=True)]),

S("tw-0659", True, "An architecture-practice director discusses three-option fee proposals under the viral thread and asks whether redoing their template is something Sam would take on.",
  "indirect_ask first_contact reciprocity",
  {"a": P("Solveig Haugland", tw="solveig_haugland_arch")},
  [th(T, [
      (ME, "-5d 08:45", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake on the counter that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-3d 11:00", "we're a 12-person architecture practice and our fee proposals always come as one number. wondering if a 'three options' proposal would do the same thing for us"),
      (ME, "+40m", "Very often, yes. The top option makes the middle one feel like the responsible choice, which is exactly what a client board wants to feel."),
      ("a", "+2h", "that's a good way of putting it. is redoing a practice's proposal template the kind of thing you'd take on? we have two big bids in June"),
  ], focus=True)]),

# ---- negatives
S("tw-0660", False, "A stranger replies 'THIS.' with fire emoji under the viral thread; applause with nothing to continue.",
  "thanks_only first_contact",
  {"a": P("Brody Kastelic", tw="brody_k_builds")},
  [th(T, [
      (ME, "-4d 08:30", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+2h", "THIS. 🔥🔥 every founder should read it twice"),
  ], focus=True)]),

S("tw-0661", False, "A stranger answers the viral thread with three emoji and nothing else; emoji only.",
  "emoji_only first_contact",
  {"a": P("Noor Al-Sabbagh", tw="noor_alsabbagh")},
  [th(T, [
      (ME, "-3d 09:15", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+40m", "🍰📈🤯"),
  ], focus=True)]),

S("tw-0662", False, "A café owner tags her business partner under the viral thread and the two banter between themselves; nobody asks Sam anything.",
  "small_talk first_contact",
  {"a": P("Tamsyn Oakhurst", tw="tamsyn_oak"), "b": P("Rafferty Vale", tw="raff_vale")},
  [th(T, [
      (ME, "-5d 08:50", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake on the counter that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+3h", "you need to read this before we redo the menu boards", {"at": "b"}),
      ("b", "+20m", "ok ok I read it. you're still not putting a £60 roast on the board"),
  ], focus=True)]),

S("tw-0663", False, "An account posts a 'follow these pricing people after the cake thread' list tagging Sam among thirteen others; a mass mention.",
  "mass_mention",
  dict(crowd(13, 644), a=P("Lorcan Fitzhenry", tw="lorcan_lists")),
  [th(T, [
      ("a", "-2d 17:00", "If the cake thread broke your brain this week, here are more pricing people worth following 👇 #pricing #smallbusiness @samrivera_io", {"at": ats(13)}),
  ], focus=True)]),

S("tw-0664", False, "A growth account quote-tweets the viral thread with 'comment CAKE for my template' and tags Sam among eleven others; engagement bait.",
  "mass_mention promotional",
  dict(crowd(11, 645), a=P("Chase Vandermolen", tw="chase_scales_it")),
  [th(T, [
      ("a", "-3d 12:00", "Sam's cake thread is 🔥 but here's the part nobody tells you. Comment CAKE and I'll DM you my decoy-pricing template (free for 24h only) 👇", {"at": ats(11)}),
  ], focus=True)]),

S("tw-0665", False, "A 'creator fund' bot replies to the viral thread that Sam won a $500 reward and must claim it by midnight; spam.",
  "spam automated",
  {"a": P("Viral Creators Fund", tw="viralcreatorsfund_hq")},
  [th(T, [
      (ME, "-4d 08:40", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+1h", "Congratulations! Your post has been selected for the Creator Viral Bonus 💰 Claim your $500 reward before midnight: vcf-rewards.example/claim"),
  ], focus=True)]),

S("tw-0666", False, "A ghostwriter counts the viral thread's views and offers to write threads for Sam every week, asking for a 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact",
  {"a": P("Jett Callahan-Moss", tw="jett_ghostwrites")},
  [dm(T, "a", [
      ("a", "-2d 10:20", "Sam, 2.1M views on the cake thread 👀 Now imagine that every week. I ghostwrite for 30+ founders and consultants and I've already mapped 12 thread ideas from your old posts. 15 min call this week so I can show you?"),
  ], focus=True)]),

S("tw-0667", False, "A designer replies under the viral thread offering to turn it into a paid carousel; a seller jumping into the replies.",
  "promotional first_contact",
  {"a": P("Mira Vantongeren", tw="mira_makes_carousels")},
  [th(T, [
      (ME, "-5d 09:00", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+3h", "love this! I can turn it into a 10-slide carousel for LinkedIn and IG, $150, 48h turnaround. DM me 🎨"),
  ], focus=True)]),

S("tw-0668", False, "A recruiter cites the viral thread before a template pitch for a Head of Pricing role with a quick-call ask; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Brandon Kessinger", tw="brandon_talentpeak")},
  [dm(T, "a", [
      ("a", "-3d 14:00", "Hi Sam, I came across your viral thread on pricing and was really impressed by your expertise! I'm partnering with a fast-growing Series B marketplace on an exciting Head of Pricing opportunity (hybrid, London, competitive package + equity). Would you be open to a quick call to explore?"),
  ], focus=True)]),

S("tw-0669", False, "A troll replies that the thread is about tricking customers and sneers 'you call yourself a consultant'; hostility with the word call.",
  "hostile keyword_trap first_contact",
  {"a": P("Rex Hallorann", tw="rexhall_truth")},
  [th(T, [
      (ME, "-6d 08:35", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-5d 23:40", "so the whole thread is 'trick people into buying the cake you wanted them to buy'. and you call yourself a consultant lol"),
  ], focus=True)]),

S("tw-0670", False, "Three strangers pile on under the viral thread calling it a dark pattern and manipulation; a pile-on with no ask.",
  "hostile first_contact",
  {"a": P("Wendell Strasz", tw="wendell_strasz"), "b": P("Ottilie Farnsby", tw="ottiliefarnsby"),
   "c": P("Garrick Moyes", tw="garrick_moyes")},
  [th(T, [
      (ME, "-4d 09:00", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+9h", "this is literally a dark pattern with frosting on top"),
      ("b", "+20m", "'nudging'. consultants needed a nicer word for manipulation"),
      ("c", "+1h", "imagine being proud of this", {"re": 0}),
  ], focus=True)]),

S("tw-0671", False, "A behavioural economist civilly disputes the viral thread's evidence over several replies and they agree to test rather than preach; a debate with no ask.",
  "small_talk reciprocity many_turns first_contact",
  {"a": P("Lucian Thorvaldsen", tw="lthorvaldsen_econ")},
  [th(T, [
      (ME, "-6d 09:10", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-4d 10:00", "fun story, but the decoy effect has a shaky replication record. a lot of this may be novelty: new item, people look at the counter again."),
      (ME, "+30m", "Fair, and I can't rule novelty out with one bakery. It has held for three months, though, which is longer than novelty usually lasts."),
      ("a", "+1h", "three months of one bakery is still n=1. I'd want to see it hold across shops."),
      (ME, "+20m", "Agreed it's n=1. I'm not claiming a law, just something worth testing."),
      ("a", "+15m", "then we agree: test it, don't preach it 🙂"),
  ], focus=True)]),

S("tw-0672", False, "A stranger jokes that his mother-in-law has used the viral thread's trick on him for decades and Sam jokes back; banter.",
  "small_talk reciprocity first_contact",
  {"a": P("Dermot Galvin", tw="dermot_galvin")},
  [th(T, [
      (ME, "-5d 08:25", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake on the counter that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+4h", "my mother-in-law has run this on me for 25 years. there's always a second, worse dessert so I'll praise the first"),
      (ME, "+30m", "A pricing strategist in disguise. Do not cross her."),
      ("a", "+5m", "I would never. I value my plate"),
  ], focus=True)]),

S("tw-0673", False, "A reader asks whether the viral thread is written up anywhere longer, Sam links his newsletter, and she says ta; a one-line request answered.",
  "trivial_question reciprocity first_contact",
  {"a": P("Hollis Ngata", tw="hollis_ngata")},
  [th(T, [
      (ME, "-3d 08:50", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+6h", "did you write this up longer anywhere? would like to send it to my boss"),
      (ME, "+20m", "Yes, in this week's newsletter: samrivera.example/cake"),
      ("a", "+3m", "ta!"),
  ], focus=True)]),

S("tw-0674", False, "In Brazilian Portuguese, a podcast host invites Sam after the viral thread, Sam declines for this quarter, and he says no problem; declined.",
  "declined closed reciprocity ask_call first_contact non_english lang_pt",
  {"a": P("Caetano Ribas Prado", tw="caetano_balcaocheio")},
  [dm(T, "a", [
      ("a", "-4d 14:00", "Oi Sam! Sou o Caetano, apresento o podcast Balcão Cheio, sobre pequenos negócios no Brasil. Seu fio do bolo viralizou aqui também! Topa gravar um episódio com a gente? Podemos fazer uma call rápida antes."),
      (ME, "+5h", "Oi Caetano, muito obrigado pelo convite! Este trimestre estou sem agenda para podcasts, tenho um livro para entregar. Talvez no fim do ano?"),
      ("a", "+1h", "Sem problema nenhum, entendo total! Boa sorte com o livro, a gente se fala no fim do ano 🙌"),
  ], focus=True)]),

S("tw-0675", False, "A journalist asked to ring Sam about the viral thread six and a half weeks ago, Sam offered times, and she never called or wrote again; stale.",
  "stale ask_call reciprocity first_contact",
  {"a": P("Felicity Warrender", tw="fwarrender_ledger")},
  [th(T, [
      (ME, "-50d 08:40", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
  ]),
   dm(T, "a", [
      ("a", "-46d 11:20", "Hi Sam, I'm at the Evening Ledger, writing about 'decoy' items on menus after your thread. Could I ring you for ten minutes this week?"),
      (ME, "+1h", "Hi Felicity, sure: today after 3pm or tomorrow morning, whichever suits. My number is in my bio."),
  ], focus=True)]),

S("tw-0676", False, "A candle maker asked for a call after the viral thread, they spoke, and she thanks Sam and says she is sorted; closed.",
  "closed reciprocity ask_call first_contact",
  {"a": P("Ottavia Kershaw", tw="ottavia_wicks")},
  [dm(T, "a", [
      ("a", "-6d 16:00", "Hi Sam, candle maker here (I replied about gift sets under the cake thread). Could we do a quick call about my three price points?"),
      (ME, "+20m", "Sure, Friday 11:00 UK time?"),
      ("a", "+5m", "Perfect!"),
      ("a", "-2d 13:30", "Thank you for Friday, Sam. I've added a 'whole collection' box at £120 and already sold one, ha. All sorted for now, really appreciated 🕯️"),
      (ME, "+1h", "Brilliant, Ottavia! Enjoy it."),
  ], focus=True)]),

S("tw-0677", False, "In Brazilian Portuguese, a growth agency congratulates Sam on going viral and pushes a 15-minute call to sell him a funnel; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_pt",
  {"a": P("Thiago Mendonça Lobo", tw="thiago_growthlab")},
  [dm(T, "a", [
      ("a", "-2d 16:40", "Fala Sam! Vi que seu fio viralizou, parabéns 🚀 Agora é a hora de transformar esse alcance em clientes. Nossa agência monta funil completo com anúncios e automação pra consultores. Bora uma call de 15 min essa semana pra eu te mostrar o plano?"),
  ], focus=True)]),

S("tw-0678", False, "In Spanish, a stranger jokes that her grandmother did the same with croquettes and Sam jokes back; banter.",
  "small_talk reciprocity first_contact non_english lang_es",
  {"a": P("Begoña Urrutikoetxea", tw="bego_urruti")},
  [th(T, [
      (ME, "-5d 09:05", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+5h", "Mi abuela hacía esto con las croquetas: ponía una bandeja de 'especiales' carísimas que no tocaba nadie y las normales volaban 😂"),
      (ME, "+40m", "Tu abuela iba cuarenta años por delante de los consultores."),
      ("a", "+10m", "Y sin cobrar ni un euro, que conste 😂"),
  ], focus=True)]),

S("tw-0679", False, "In Spanish, a personal-branding coach congratulates Sam on the viral thread and pitches her 8-week programme with a 15-minute call; selling to Sam.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Nerea Alcántara Vives", tw="nerea_marcapersonal")},
  [dm(T, "a", [
      ("a", "-1d 12:15", "¡Hola Sam! Enhorabuena por el hilo viral 👏 Justo ahora es cuando más se nota tener una marca personal bien montada. Tengo un programa de 8 semanas para consultores que quieren convertir la visibilidad en ventas. ¿Te va una llamada de 15 minutos esta semana y te cuento?"),
  ], focus=True)]),

S("tw-0680", False, "In French, a stranger replies that he has saved the viral thread to reread at the weekend; saving it, nothing to continue.",
  "thanks_only first_contact non_english lang_fr",
  {"a": P("Anatole Brisebois", tw="anatole_bsb")},
  [th(T, [
      (ME, "-3d 08:35", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+7h", "Enregistré 📌 à relire au calme ce week-end."),
  ], focus=True)]),

S("tw-0681", False, "In French, a stranger sneers that pricing advice is just fooling customers and asks 'on appelle ça un métier ?'; sarcasm.",
  "hostile keyword_trap first_contact non_english lang_fr",
  {"a": P("Hortense Malaterre", tw="hortense_mlt")},
  [th(T, [
      (ME, "-4d 09:20", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+3h", "Donc le « conseil en pricing », c'est faire croire aux clients qu'ils font une affaire. Et on appelle ça un métier ? 🙃"),
  ], focus=True)]),

S("tw-0682", False, "In German, a pâtissier tags his colleague about yesterday's team Treffen and she answers him; two people talking to each other, a keyword trap.",
  "small_talk keyword_trap first_contact non_english lang_de",
  {"a": P("Ansgar Wellenreuther", tw="ansgar_wr"), "b": P("Svenja Töpfer", tw="svenja_toepfer_konditorei")},
  [th(T, [
      (ME, "-6d 08:45", "A bakery asked me why nobody bought their €18 cake. We added a €42 cake that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "-5d 15:00", "genau das, was ich beim Treffen gestern mit der Tortenkarte meinte!", {"at": "b"}),
      ("b", "+30m", "Jaja, du hattest recht 🙄 Trotzdem kommt keine 40-Euro-Torte in die Vitrine."),
  ], focus=True)]),

S("tw-0683", False, "In German, a reader asks whether the viral thread also applies to B2B, Sam says yes in one line and he thanks him; settled.",
  "trivial_question reciprocity first_contact non_english lang_de",
  {"a": P("Ruprecht Heinzelmann", tw="rheinzelmann")},
  [th(T, [
      (ME, "-4d 08:55", "A bakery asked me why nobody bought their €18 cake. We put a €42 cake above it that almost nobody orders. The €18 cake now sells out by noon. 🧵"),
      ("a", "+8h", "Gilt das auch im B2B oder nur im Einzelhandel?"),
      (ME, "+25m", "Auch im B2B, oft sogar stärker: Dort heißt der 42-Euro-Kuchen 'Enterprise'."),
      ("a", "+5m", "Ha, gut. Danke!"),
  ], focus=True)]),

# ----------------------------------------------------------------- batch 16: a B2B month
S("tw-0684", True, "A cold-chain sensor founder raising a Series A in six weeks wants to move from per-gateway to per-sensor pricing before the raise and asks for a call this week.",
  "ask_call first_contact",
  {"a": P("Tobiah Wrenfield", tw="tobiah_frostline")},
  [dm(T, "a", [
      ("a", "-1d 17:20", "Hi Sam, Tobiah here, CEO of Frostline Sensors (cold-chain monitoring, 140 B2B customers). We open our Series A in about six weeks and we charge per gateway, which makes no sense for customers with 2 gateways and 900 sensors. I'd like to switch to per-sensor pricing before the deck goes out, not after. Could we get on a call this week? Any slot you have, I'll move things."),
  ], focus=True)]),

S("tw-0685", True, "A head of sales whose reps give away an average 28% at quarter-end asks whether Sam does discount-governance work, Sam says yes and she proposes call slots.",
  "ask_call ask_help first_contact reciprocity",
  {"a": P("Marisol Kettleby", tw="marisol_sells")},
  [dm(T, "a", [
      ("a", "-2d 15:05", "Hi Sam, I lead sales at a warehouse-software company (22 reps). Our average discount hits 28% in the last two weeks of every quarter and finance is losing patience. Is discount governance something you help with?"),
      (ME, "+1h", "Hi Marisol, yes, it's a good part of my work: approval bands, deal desks, and changing what reps can trade instead of price."),
      ("a", "+12m", "Great. Could we do a call Thursday or Friday? I'd bring our CFO, 45 min would be ideal."),
  ], focus=True)]),

S("tw-0686", True, "In Spanish, the CFO of a Valencia industrial-packaging firm asks Sam for a proposal to revise its price list and for a call next week.",
  "ask_rates ask_call first_contact non_english lang_es",
  {"a": P("Remedios Alcaraz Bellver", tw="remealcaraz_cfo")},
  [dm(T, "a", [
      ("a", "-2d 10:30", "Buenos días, Sam. Soy la directora financiera de Envases Turia, fabricamos embalaje industrial para el sector agroalimentario. Nuestra tarifa lleva cuatro años sin revisarse y los descuentos por cliente ya no hay quien los entienda. Queremos contratar a alguien externo para rehacerla. ¿Podría enviarnos una propuesta con alcance y honorarios? Y, si le parece, antes podríamos tener una llamada la semana que viene para explicarle la situación."),
  ], focus=True)]),

S("tw-0687", True, "A UX agency owner Sam met at a conference proposes a joint bid on a city transit-fare tender due next Friday and asks to talk before then.",
  "ask_call reciprocity many_turns",
  {"a": P("Cressida Hanlon-Brook", tw="cressida_hb")},
  [dm(T, "a", [
      ("a", "-70d 19:00", "Lovely to share a panel with you in Porto, Sam. Let's stay in touch."),
      (ME, "+14h", "Likewise, Cressida! Your point about fare zones stuck with me."),
      ("a", "-1d 16:40", "Sam, remember the fare-zones chat? Our city just published a tender for redesigning transit fares and the customer journey around them. We can cover research and design but not the pricing model. Fancy a joint bid? Deadline is next Friday, so could we talk Monday or Tuesday?"),
      (ME, "+3h", "Very interested. Send me the tender link, I'll read it tonight."),
      ("a", "+20m", "Sent to your email. Monday 10:00 UK time?"),
  ], focus=True)]),

S("tw-0688", True, "A payroll-software founder asks on Twitter about raising prices for existing customers and follows up on LinkedIn two days later asking for a call; the same person on two platforms.",
  "ask_call cross_platform first_contact",
  {"a": P("Ogechi Umeadi-Hart", tw="ogechi_payfold", li=True)},
  [dm(T, "a", [
      ("a", "-3d 11:10", "Hi Sam, quick context: Payfold, payroll for small firms, 1,900 customers, prices unchanged since 2021. We need to raise them and I'm terrified of the legacy base. Do you take on projects like this?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-1d 09:25", "Hi Sam, following up on my Twitter DM about Payfold's legacy pricing, easier to reach you here maybe. Our board meets on the 20th and I'd like a plan before that. Could we have a call this week?"),
  ], focus=True)]),

S("tw-0689", True, "In French, the executive-education lead of a Lyon business school asks Sam to teach the pricing day of a new programme for sales directors and suggests a phone call.",
  "ask_call first_contact non_english lang_fr",
  {"a": P("Apolline Chassagne", tw="apolline_chsg")},
  [dm(T, "a", [
      ("a", "-2d 14:15", "Bonjour Sam, je pilote la formation continue pour dirigeants à l'École de Commerce Rhône-Saône. Nous lançons en janvier un parcours de cinq jours pour directeurs commerciaux et il nous manque l'intervenant de la journée consacrée à la politique tarifaire. Votre approche des remises nous semble exactement adaptée. Seriez-vous disponible pour un échange téléphonique dans les prochains jours afin d'en discuter (contenu, dates, rémunération) ?"),
  ], focus=True)]),

S("tw-0690", True, "A former client introduces the CFO of a marine-equipment distributor in a group DM and the CFO asks for a proposal and a call about their dealer price list.",
  "introduction ask_rates ask_call first_contact",
  {"k": P("Ambrose Tillinghast", tw="ambrose_till"), "n": P("Henrike Saltonstall", tw="henrike_salt")},
  [dm(T, "k", [
      ("k", "-260d 12:00", "Final invoice paid. The new tiering is holding up well, thanks Sam."),
      (ME, "+1h", "Great to hear, Ambrose."),
  ]),
   dm(T, "k n", [
      ("k", "-2d 09:00", "Sam, meet Henrike, CFO at Bollard Marine Supply. She has the dealer-pricing headache we had last year. Henrike, Sam is the one I told you about."),
      ("n", "+40m", "Thanks Ambrose. Hi Sam, we sell engines and deck hardware through 60 dealers and every one of them has a different discount. I'd like a proposal to rebuild the dealer price list. Could we start with a call next week?"),
  ], focus=True)]),

S("tw-0691", True, "In German, the founder of a maintenance-software company planning a price increase for its service contracts asks Sam for a short phone call.",
  "ask_call first_contact non_english lang_de",
  {"a": P("Wendelin Kraushaar", tw="wendelin_kr")},
  [dm(T, "a", [
      ("a", "-1d 13:50", "Hallo Herr Rivera, ich bin Gründer von Wartungsbuch, wir machen Instandhaltungssoftware für Werkzeugmaschinen, rund 300 Kunden im Mittelstand. Zum 1. Januar müssen wir die Wartungsverträge um etwa 12 % anheben und ich will das nicht falsch angehen. Hätten Sie diese Woche Zeit für ein kurzes Telefonat?"),
  ], focus=True)]),

S("tw-0692", True, "A printers' trade association asks Sam to run a paid member webinar on passing on paper-cost increases and asks his fee and for a prep call.",
  "ask_rates ask_call first_contact reciprocity",
  {"a": P("Fenella Scarisbrick", tw="fenella_bpia")},
  [dm(T, "a", [
      ("a", "-3d 10:00", "Hello Sam, I run the events programme at the Independent Printers' Association (about 400 member firms). Paper costs are up again and members keep asking how to pass it on without losing accounts. Would you present a 60-minute members' webinar in the next month or so? Could you let me know your fee, and would a short prep call next week work?"),
      (ME, "+2h", "Hi Fenella, gladly. My fee for a 60-minute webinar with Q&A is €900. Tuesday or Wednesday afternoon for the prep call?"),
      ("a", "+30m", "That fits our budget. Wednesday at 3pm UK time, I'll send an invite."),
  ], focus=True)]),

S("tw-0693", True, "A former client silent for two years, now VP Finance at a new employer, says the new company has the same discounting mess and asks if Sam would take it on.",
  "reengagement indirect_ask ask_help",
  {"a": P("Leopold Ashgrove", tw="leo_ashgrove")},
  [dm(T, "a", [
      ("a", "-740d 18:00", "Project closed and everybody's happy. Thanks for the last six months, Sam."),
      (ME, "+1h", "It was a pleasure, Leopold."),
      ("a", "-2d 20:10", "Sam! Long time. I moved to Wrenmoor Lab Supplies as VP Finance in spring and, you won't believe it, same disease: every rep has his own discount and gross margin drops every quarter. Is this the kind of thing you'd take on again? I'd rather not explain the problem to a stranger."),
  ], focus=True)]),

S("tw-0694", True, "In Brazilian Portuguese, the founder of a clinic-management SaaS preparing a fundraise asks Sam for a call about his plans before meeting investors.",
  "ask_call first_contact non_english lang_pt",
  {"a": P("Thiago Bressane Lacerda", tw="thiago_clinicaflow")},
  [dm(T, "a", [
      ("a", "-1d 21:30", "Oi Sam, tudo bem? Sou fundador da ClínicaFlow, software de gestão pra clínicas, 800 clínicas pagantes. Vamos captar a série A em dois meses e os investidores já perguntaram por que nosso ticket médio é tão baixo. Acho que o problema são os planos. Podemos marcar uma call essa semana ou na próxima? Posso no seu fuso, sem problema."),
  ], focus=True)]),

S("tw-0695", True, "The COO of a third-party warehouse asks a run of substantive questions about storage fees under Sam's tweet and Sam answers each within minutes.",
  "first_contact reciprocity many_turns fast_reply",
  {"a": P("Dashiell Prowse", tw="dash_prowse_3pl")},
  [th(T, [
      (ME, "-1d 09:00", "Most B2B price lists are archaeology: every layer is a deal someone made in a hurry."),
      ("a", "+25m", "Running a 3PL here. Our storage fees are per pallet per week but half our clients store 30 pallets for two days at month end. Charge per pallet-day instead?"),
      (ME, "+6m", "Per pallet-day with a monthly minimum. The minimum protects you from the in-and-out clients."),
      ("a", "+4m", "And handling? We bundle pick-and-pack into storage and the big clients love it, the small ones don't use it."),
      (ME, "+5m", "Unbundle handling. Bundles work when everyone uses most of them; yours subsidise the big clients."),
      ("a", "+3m", "Ouch, but true. We renegotiate with our top 5 in October. Saving this."),
  ], focus=True)]),

S("tw-0696", True, "In Mexican Spanish, the sales director of a medical-supplies distributor whose reps discount everything at month-end asks Sam for a video call this week.",
  "ask_call ask_help first_contact typo non_english lang_es",
  {"a": P("Ulises Barragán Ortiz", tw="ulises_barragan")},
  [dm(T, "a", [
      ("a", "-1d 23:40", "Que tal Sam, soy director comercial de una distribuidora de insumos medicos en Guadalajara. mis vendedores dan descuento a todo lo q se mueve a fin de mes y ya no se cual es nuestro precio real jaja. vi tu hilo de bandas de aprobacion y me hizo mucho sentido. tendrias un hueco esta semana para una videollamada? la empresa paga obvio"),
  ], focus=True)]),

S("tw-0697", True, "A VC firm's platform lead asks what Sam would charge for a pricing workshop for twelve portfolio founders, answers his questions and asks for a quote.",
  "ask_rates first_contact reciprocity",
  {"a": P("Imogen Tresidder", tw="imogen_platform")},
  [dm(T, "a", [
      ("a", "-3d 12:00", "Hi Sam, I run platform at Harrowgate Ventures. We'd like a half-day pricing workshop for 12 portfolio founders (B2B SaaS, seed to Series A) in November. What would you charge?"),
      (ME, "+1h", "Hi Imogen, happy to. In person or remote, and would founders bring their own pricing to work on?"),
      ("a", "+2h", "In person in London, and yes, each brings their current pricing page. Could you send a quote with travel included? We'd like to confirm by the end of next week."),
  ], focus=True)]),

S("tw-0698", True, "A former manager silent for three years, now CRO at a fintech, proposes a three-month advisory engagement on enterprise pricing and coffee when she is in Lisbon next week.",
  "reengagement ask_meeting ask_rates",
  {"a": P("Ottilie Brisco-Vane", tw="ottilie_bv")},
  [dm(T, "a", [
      ("a", "-1150d 17:00", "Going solo suits you. Proud of you, Sam."),
      (ME, "+2h", "Thank you, Ottilie, you taught me half of it."),
      ("a", "-2d 08:30", "Sam, it's been far too long. I'm CRO at Ledgerline now and our enterprise tier is a mess of one-off contracts. I'd like you as an adviser for three months, a day a week or so. I'm in Lisbon Tuesday to Thursday next week, could we grab a coffee and talk terms?"),
  ], focus=True)]),

S("tw-0699", True, "After tagging Sam publicly, a SaaS CFO whose three largest customers refuse the renewal uplift DMs him with typos asking for a call tomorrow.",
  "ask_call ask_help first_contact typo",
  {"a": P("Benedikt Harrowell", tw="ben_harrowell_cfo")},
  [th(T, [
      ("a", "-2d 18:00", "Renewal season and our 3 biggest customers just pushed back on the 9% uplift in the same week. Coincidence? @samrivera_io would love your take"),
  ]),
   dm(T, "a", [
      ("a", "-1d 19:45", "hi Sam, the tweet was me. honestly its more urgent then I made it look, renewals are due on the 30th and sales wants to drop the uplift completly. could we do a 30 min call tomorow? will share the numbers before"),
  ], focus=True)]),

S("tw-0700", False, "A sales-intelligence SDR sends an opener, a 'resurfacing my note' bump and a 'last try' asking for 15 minutes; a sales sequence.",
  "promotional keyword_trap first_contact",
  {"a": P("Brayden Culshaw", tw="brayden_prospectiq")},
  [dm(T, "a", [
      ("a", "-9d 14:00", "Hey Sam! Noticed you work with B2B companies on pricing. ProspectIQ surfaces buying signals so consultants reach decision-makers before competitors do. Open to 15 min next week?"),
      ("a", "-5d 14:02", "Resurfacing my note above in case it slipped past you, Sam 🙂"),
      ("a", "-1d 14:01", "Last try, I promise! If now isn't the time, just tell me and I'll close the loop. 15 min?"),
  ], focus=True)]),

S("tw-0701", False, "An auto-DM sent when Sam followed a pricing-tool account offers a free checklist download; automated and promotional.",
  "automated promotional first_contact",
  {"a": P("Quotient CPQ", tw="quotient_cpq")},
  [dm(T, "a", [
      ("a", "-1d 11:03", "Thanks for the follow, Sam! 🚀 Grab our free 27-point B2B Quote Checklist here: quotient-cpq.example/checklist. Reply STOP to opt out."),
  ], focus=True)]),

S("tw-0702", False, "A list account tags Sam among twelve people in its '12 B2B revenue voices to follow' tweet; a mass mention.",
  "mass_mention first_contact",
  dict(crowd(11, 684), a=P("Revenue Rundown", tw="revenue_rundown")),
  [th(T, [
      ("a", "-1d 15:00", "12 B2B revenue voices to follow this autumn 👇 pricing, sales ops, RevOps, all signal no noise. @samrivera_io", {"at": ats(11)}),
  ], focus=True)]),

S("tw-0703", False, "An awards outfit says Sam was nominated as 'SME Consultant of the Year' and asks for a call to confirm the €495 entry fee; a paid award.",
  "promotional keyword_trap first_contact",
  {"a": P("Euro Business Merit Awards", tw="eubizmerit")},
  [dm(T, "a", [
      ("a", "-2d 10:20", "Dear Sam, congratulations! Our independent panel has nominated you for SME Consultant of the Year (Iberia) 2026. To confirm your candidacy a participation fee of €495 applies, which includes the gala dinner and a winners' logo pack. Can we schedule a short call to finalise your entry?"),
  ], focus=True)]),

S("tw-0704", False, "A startup founder asks for Sam's 'expert feedback' on an AI quoting tool, then sends the demo link and trial pricing; a demo framed as a feedback request.",
  "promotional keyword_trap first_contact reciprocity",
  {"a": P("Kasimir Oldenshaw", tw="kasimir_quotebot")},
  [dm(T, "a", [
      ("a", "-3d 16:00", "Hi Sam, we're building QuoteBot, AI that drafts B2B quotes in seconds. Your take as a pricing person would help us a lot, could you spare 20 minutes for a call?"),
      (ME, "+5h", "Hi Kasimir, what kind of feedback are you after?"),
      ("a", "+10m", "Mostly we'd walk you through the product! Here's the demo link and our consultant plan, €79/month with 30% off for early partners. Shall I book Thursday?"),
  ], focus=True)]),

S("tw-0705", False, "A founder Sam has never spoken to asks him to upvote her product launch on a launch site today; a request to vote.",
  "promotional first_contact",
  {"a": P("Saoirse Pendlebury", tw="saoirse_builds")},
  [dm(T, "a", [
      ("a", "-1d 07:05", "Hey Sam!! We launched Margin Mate today 🎉 it would mean the world if you could upvote us, every vote counts in the first 24h 🙏 link: launchboard.example/marginmate"),
  ], focus=True)]),

S("tw-0706", False, "An operator asks whether Sam shows enterprise prices on his clients' websites, gets a one-line answer and thanks him; settled.",
  "trivial_question closed reciprocity first_contact",
  {"a": P("Rafferty Quennell", tw="raff_quennell")},
  [dm(T, "a", [
      ("a", "-2d 13:30", "Quick one Sam: do you recommend putting enterprise prices on the website or 'contact us'?"),
      (ME, "+20m", "Publish a starting figure. The wrong buyers drop out early and the right ones don't feel ambushed."),
      ("a", "+3m", "Makes sense, thanks!"),
  ], focus=True)]),

S("tw-0707", False, "A founder asks for a pricing review in August, Sam says he is booked until October and the founder says he'll find someone sooner; declined.",
  "declined closed reciprocity ask_help first_contact",
  {"a": P("Caspian Mellor", tw="caspian_mellor")},
  [dm(T, "a", [
      ("a", "-4d 10:00", "Hi Sam, we're a 15-person B2B data company and want a full pricing review in August before our price change in September. Any capacity?"),
      (ME, "+3h", "Hi Caspian, thanks for asking. I'm fully booked until mid-October, so I can't do August properly."),
      ("a", "+1h", "Understood, we can't wait that long. I'll find someone for August. Thanks for being straight."),
  ], focus=True)]),

S("tw-0708", False, "A head of sales asked for a call about discount rules, then wrote that the board froze the project until next year; withdrawn.",
  "closed reciprocity many_turns ask_call first_contact",
  {"a": P("Perpetua Gallimore", tw="perpetua_g")},
  [dm(T, "a", [
      ("a", "-6d 09:30", "Hi Sam, can we set up a call about our discount approval rules? They're a free-for-all."),
      (ME, "+2h", "Hi Perpetua, sure. Thursday at 11 or Friday at 3, Lisbon time?"),
      ("a", "-4d 17:10", "Sorry Sam, change of plan: the board froze all external projects until January. I'll come back to you then. Apologies for the noise."),
      (ME, "+30m", "No problem at all, good luck with the quarter."),
  ], focus=True)]),

S("tw-0709", False, "A procurement manager asked for a proposal seven weeks ago, Sam sent scoping questions and nothing came back; stale.",
  "stale ask_rates reciprocity first_contact",
  {"a": P("Hamza Vellacott", tw="hamza_procure")},
  [dm(T, "a", [
      ("a", "-50d 11:00", "Hello Sam, I'm in procurement at a building-materials group. We may tender a pricing-strategy project this quarter. Would you send a proposal?"),
      (ME, "+4h", "Hello Hamza, glad to. Could you share the scope, the business units involved and your timeline?"),
  ], focus=True)]),

S("tw-0710", False, "Sam DMs a SaaS CEO whose price change went badly to offer a call and gets no answer in over two months; Sam's own ask.",
  "owner_only ask_call",
  {"a": P("Lysander Okoro-Wells", tw="lysander_ow")},
  [dm(T, "a", [
      (ME, "-68d 10:00", "Hi Lysander, saw the thread about your new plans and the customer reaction. If it would help, I'm happy to do a free 20-minute call on how to handle the grandfathering."),
  ], focus=True)]),

S("tw-0711", False, "A recruiter's template offers a Head of Pricing role at a Berlin fintech and asks for a quick chat; a recruiter template.",
  "recruiter_template keyword_trap first_contact",
  {"a": P("Jemima Corrigan-Lutz", tw="jemima_clt")},
  [dm(T, "a", [
      ("a", "-2d 09:15", "Hi Sam, I came across your profile and was really impressed by your pricing background! I'm partnering with a Series C fintech in Berlin on a Head of Pricing hire (€140-160k + equity, relocation supported). Would you be open to a quick chat this week? Jemima, Corrigan Lutz Talent"),
  ], focus=True)]),

S("tw-0712", False, "A former colleague congratulates Sam on joining a startup's advisory board and Sam thanks her; congratulations only.",
  "small_talk reciprocity",
  {"a": P("Philippa Nancarrow", tw="pip_nancarrow")},
  [dm(T, "a", [
      ("a", "-90d 20:00", "Still using your discount calculator at work, Sam."),
      (ME, "+1h", "Ha, glad it survived!"),
  ]),
   th(T, [
      (ME, "-1d 08:00", "Some news: I've joined the advisory board of Tessellate, a procurement-software startup. Looking forward to it."),
      ("a", "+1h", "Congratulations Sam, they're lucky to have you! 🎉"),
      (ME, "+2h", "Thank you Pip!"),
  ], focus=True)]),

S("tw-0713", False, "A sales leader jokes under Sam's tweet that her forecast call was pure fiction and Sam jokes back; the 'call' is her internal meeting.",
  "keyword_trap small_talk first_contact reciprocity",
  {"a": P("Roxanne Delahunty", tw="roxanne_closes")},
  [th(T, [
      (ME, "-1d 10:30", "A forecast with no price assumptions in it is a wish list with a spreadsheet attached."),
      ("a", "+45m", "Just came out of our forecast call. Pure fiction, beautifully formatted 😂"),
      (ME, "+15m", "The formatting is usually the most accurate part."),
  ], focus=True)]),

S("tw-0714", False, "A founder replies that Sam's no-discount advice is ivory-tower nonsense from someone who never made payroll; hostile.",
  "hostile first_contact",
  {"a": P("Grady Fenwick-Moss", tw="grady_fm")},
  [th(T, [
      (ME, "-1d 09:15", "If your discount has no condition attached, it isn't a discount, it's a new price."),
      ("a", "+2h", "Ivory-tower nonsense from a guy who never had to make payroll. Come back when you've closed a deal in a recession."),
  ], focus=True)]),

S("tw-0715", False, "An agency offers a 'strategic partnership' in which Sam pays a setup fee for them to resell his workshops, and asks for a call; a partnership pitch that is a sale.",
  "promotional keyword_trap first_contact",
  {"a": P("Dominik Ashcombe", tw="dominik_scaleup")},
  [dm(T, "a", [
      ("a", "-2d 12:40", "Hi Sam, we'd love to explore a strategic partnership! ScaleUp Academy would white-label your pricing workshops for our 3,000-member network. There's a one-off onboarding fee of €2,400 for content production, then 50/50 revenue share. Shall we jump on a call to align?"),
  ], focus=True)]),

S("tw-0716", False, "In Spanish, a B2B sales forum sends Sam a templated invitation with a 20% discount code for tickets; an event invitation sent to many.",
  "promotional first_contact non_english lang_es",
  {"a": P("Cumbre Ventas B2B", tw="cumbreventasb2b")},
  [dm(T, "a", [
      ("a", "-2d 09:00", "¡Hola! Te invitamos a la Cumbre de Ventas B2B Madrid, 22 ponentes, 600 directivos comerciales. Usa el código CUMBRE20 para un 20% de descuento en tu entrada antes del viernes. ¡Plazas limitadas! cumbreventas.example"),
  ], focus=True)]),

S("tw-0717", False, "In Spanish, a CRM salesperson sends an opener and two 'just resurfacing my message' bumps asking for a 15-minute call; a sales sequence.",
  "promotional keyword_trap first_contact non_english lang_es",
  {"a": P("Iker Zubeldia Arrese", tw="iker_vendecrm")},
  [dm(T, "a", [
      ("a", "-10d 10:00", "Hola Sam, ¿qué tal? Ayudamos a consultores como tú a cerrar un 30% más de proyectos con nuestro CRM para servicios profesionales. ¿Te encaja una llamada de 15 minutos esta semana?"),
      ("a", "-6d 10:01", "Hola de nuevo Sam, solo quería reflotar mi mensaje anterior por si se te pasó 🙂"),
      ("a", "-2d 10:00", "Sam, entiendo que estarás liado. ¿Te va mejor el martes o el miércoles para esos 15 minutos?"),
  ], focus=True)]),

S("tw-0718", False, "In French, a webinar attendee thanks Sam for yesterday's session and Sam thanks her back; thanks only.",
  "thanks_only first_contact reciprocity non_english lang_fr",
  {"a": P("Bérengère Lavaud", tw="berengere_lvd")},
  [dm(T, "a", [
      ("a", "-1d 09:40", "Merci pour le webinaire d'hier sur les conditions générales de vente, très clair !"),
      (ME, "+1h", "Merci à vous d'y avoir assisté !"),
  ], focus=True)]),

S("tw-0719", False, "In French, a finance director asked for a quote two months ago, Sam asked for details and the thread has been silent since; stale.",
  "stale ask_rates reciprocity first_contact non_english lang_fr",
  {"a": P("Anselme Quéré", tw="anselme_daf")},
  [dm(T, "a", [
      ("a", "-62d 15:00", "Bonjour Sam, je suis DAF d'un distributeur de pièces agricoles en Bretagne. Pourriez-vous m'envoyer un devis pour une refonte de notre grille tarifaire ?"),
      (ME, "+5h", "Bonjour Anselme, avec plaisir. Combien de références et de segments de clients avez-vous, et pour quelle échéance ?"),
  ], focus=True)]),

S("tw-0720", False, "In German, a trade association asked Sam to give a member webinar on a date he is at a client, he declined and they will ask another speaker; declined.",
  "declined closed reciprocity first_contact non_english lang_de",
  {"a": P("Irmgard Pfisterer", tw="irmgard_vdgh")},
  [dm(T, "a", [
      ("a", "-5d 11:00", "Guten Tag Herr Rivera, der Verband der Großhändler für Haustechnik möchte am 14. ein Mitglieder-Webinar zu Preiserhöhungen anbieten. Hätten Sie an diesem Tag Zeit als Referent?"),
      (ME, "+3h", "Guten Tag Frau Pfisterer, vielen Dank für die Anfrage. Am 14. bin ich leider ganztägig bei einem Kunden und kann nicht zusagen."),
      ("a", "+1h", "Schade, aber verständlich. Der Termin steht fest, wir fragen einen anderen Referenten. Vielen Dank und beste Grüße."),
  ], focus=True)]),

S("tw-0721", False, "In German, a headhunter's template offers a head-of-pricing post at an automotive supplier and asks for a short call; a recruiter template.",
  "recruiter_template keyword_trap first_contact non_english lang_de",
  {"a": P("Torben Wieczorek", tw="torben_executivesearch")},
  [dm(T, "a", [
      ("a", "-1d 08:30", "Hallo Sam, mit Ihrem Werdegang passen Sie hervorragend auf ein aktuelles Mandat: Ein renommierter Automobilzulieferer in Baden-Württemberg besetzt die Leitung Preismanagement neu, attraktives Gesamtpaket inklusive Dienstwagen. Hätten Sie Zeit für ein kurzes, vertrauliches Telefonat? Beste Grüße, Torben Wieczorek, Wieczorek Executive Search"),
  ], focus=True)]),

S("tw-0722", False, "In Portuguese, a consultant Sam does not know asks him to like and comment on her post in the first hour so the algorithm pushes it; a request for engagement.",
  "promotional first_contact non_english lang_pt",
  {"a": P("Rosalina Peixoto Amaral", tw="rosalina_pamaral")},
  [dm(T, "a", [
      ("a", "-1d 08:10", "Olá Sam! Acabei de publicar um fio sobre vendas B2B 🙌 Se puderes dar um like e deixar um comentário na primeira hora ajudava imenso com o algoritmo. Depois retribuo, prometo! 😉"),
  ], focus=True)]),

S("tw-0723", False, "In Brazilian Portuguese, a press agency pitches paid magazine placements on Twitter and again on LinkedIn two days later, asking for a call; a seller on two platforms.",
  "promotional cross_platform keyword_trap first_contact non_english lang_pt",
  {"a": P("Vinícius Taborda Leme", tw="vini_midiapro", li=True)},
  [dm(T, "a", [
      ("a", "-4d 14:00", "Fala Sam! Trabalho com assessoria de imprensa pra consultores. Colocamos seu nome em revistas de negócios como especialista em precificação, pacotes a partir de R$ 4.900. Bora marcar uma call rápida?"),
  ], focus=True),
   dm(L, "a", [
      ("a", "-2d 13:30", "Oi Sam, te mandei mensagem no Twitter sobre as matérias pagas, viu? Esta semana ainda temos duas vagas na edição de novembro. Consegue 15 min amanhã?"),
  ], focus=True)]),
]
