#include "core/message_signals.h"

#include <gtest/gtest.h>

#include "core/text_fold.h"

namespace touchpoint {
namespace {

uint8_t Asks(std::string_view text) { return AnalyzeMessage(text).asks; }

TEST(TextFoldTest, FoldsAccentsCaseAndPunctuation) {
  const FoldedText folded = FoldText("¿Podríamos TOMAR un café? Straße, œuvre — l’idée!");
  EXPECT_EQ(folded.text, " podriamos tomar un cafe strasse oeuvre l'idee ");
  EXPECT_TRUE(folded.question);
  // "l'idée" is an elision: its stem is a word of its own.
  EXPECT_EQ(folded.tokens.size(), 8u);
  EXPECT_EQ(folded.tokens[6], "l'");
  EXPECT_EQ(folded.tokens[7], "idee");
}

TEST(TextFoldTest, SplitsSentencesAndDropsHandlesAndLinks) {
  const FoldedText folded =
      FoldText("@ada_l Just got off a call. Any tips? see https://example.com/x\nthanks");
  ASSERT_EQ(folded.sentences.size(), 4u);
  EXPECT_FALSE(folded.sentences[0].question);
  EXPECT_TRUE(folded.sentences[1].question);
  EXPECT_EQ(folded.text, " just got off a call any tips see thanks ");
}

TEST(TextFoldTest, CountsEmojiSeparatelyFromLetters) {
  const FoldedText folded = FoldText("🙏🔥 \xE2\x9D\xA4\xEF\xB8\x8F");
  EXPECT_EQ(folded.letters, 0);
  EXPECT_GT(folded.symbols, 0);
  EXPECT_EQ(FoldText("日本語").letters, 3);
}

TEST(TextFoldTest, WithinOneEdit) {
  EXPECT_TRUE(WithinOneEdit("meeting", "meting"));
  EXPECT_TRUE(WithinOneEdit("feedback", "feedbak"));
  EXPECT_TRUE(WithinOneEdit("coffee", "cofefe"));
  EXPECT_FALSE(WithinOneEdit("meeting", "mating"));
  EXPECT_FALSE(WithinOneEdit("feedback", "feed"));
}

TEST(MessageSignalsTest, ExplicitAsksInFourLanguages) {
  EXPECT_TRUE(Asks("Got 15 min next week for a quick call?") & kAskCall);
  EXPECT_TRUE(Asks("cna we hop on a cal tmrw?") & kAskCall);
  EXPECT_TRUE(Asks("Mind if I pick your brain about pricing sometime?") & kAskChat);
  EXPECT_TRUE(Asks("What would you charge for a two-day workshop?") & kAskRates);
  EXPECT_TRUE(Asks("¿Podríamos hablar por teléfono mañana?") & kAskChat);
  EXPECT_TRUE(Asks("¿Cuánto cobras por una auditoría?") & kAskRates);
  EXPECT_TRUE(Asks("On pourrait s'appeler jeudi ?") & kAskCall);
  EXPECT_TRUE(Asks("Ça te dit de prendre un café la semaine prochaine ?") & kAskMeeting);
  EXPECT_TRUE(Asks("Hast du Zeit für ein kurzes Telefonat?") & kAskCall);
  EXPECT_TRUE(Asks("Könnten wir uns nächste Woche treffen?") & kAskMeeting);
  EXPECT_TRUE(Asks("I'd love your feedback on the draft, could you take a look?") & kAskFeedback);
}

TEST(MessageSignalsTest, AsksWithoutACallWord) {
  EXPECT_TRUE(Asks("We're redoing our tiers. Shall we take this offline?") & kAskChat);
  EXPECT_TRUE(Asks("Got 15 minutes this week?") & kAskChat);
  EXPECT_TRUE(Asks("Is that the kind of thing you'd take on?") & kAskHelp);
  EXPECT_TRUE(Asks("Would it be possible to set up some time to go over our model?") & kAskChat);
  EXPECT_TRUE(Asks("¿Nos podrías asesorar? Pagaríamos, claro.") & kAskHelp);
  EXPECT_TRUE(Asks("Könntest du einen Blick auf meine Verkaufsseite werfen?") & kAskFeedback);
  EXPECT_TRUE(Asks("Are you around next week by any chance?") & kAskChat);
  // Statements and time talked about stay statements.
  EXPECT_EQ(Asks("I got 15 minutes of fame last week."), 0);
  EXPECT_EQ(Asks("We take on too many projects."), 0);
}

TEST(MessageSignalsTest, WithdrawalsAndInsultsInOtherWords) {
  EXPECT_TRUE(AnalyzeMessage("Understood, we'll find someone else for now. Thanks!").declined);
  EXPECT_TRUE(AnalyzeMessage("Al final lo dejamos para el año que viene.").declined);
  EXPECT_FALSE(AnalyzeMessage("Someone else in my group recommended you.").declined);
  EXPECT_TRUE(AnalyzeMessage("A 'pricing guru' selling hot air. Call me if you dare.").hostile);
  EXPECT_TRUE(AnalyzeMessage("Was für ein Blödsinn, Sie haben keine Ahnung.").hostile);
  EXPECT_FALSE(AnalyzeMessage("Ich habe keine Ahnung, was ich verlangen soll.").hostile);
}

TEST(MessageSignalsTest, TrapsAndPlainMentionsAreNotAsks) {
  EXPECT_EQ(Asks("Let's call it a day, great work everyone"), 0);
  EXPECT_FALSE(Asks("Call me old-fashioned, but do you still print invoices?") & kAskCall);
  EXPECT_EQ(Asks("this meeting could have been an email lol"), 0);
  EXPECT_EQ(Asks("I asked ChatGPT and it was wrong"), 0);
  EXPECT_EQ(Asks("Great call yesterday."), 0);
  EXPECT_EQ(Asks("Coffee is the best part of my day"), 0);
  // The question is in another sentence than the call.
  EXPECT_FALSE(Asks("Just got off a 3-hour call with a client. Any tips?") & kAskCall);
  EXPECT_EQ(Asks("Thanks for the call yesterday, super helpful!"), 0);
}

TEST(MessageSignalsTest, NegativeKinds) {
  EXPECT_TRUE(AnalyzeMessage("Thanks!").thanks_only);
  EXPECT_TRUE(AnalyzeMessage("merci beaucoup 🙏").thanks_only);
  EXPECT_FALSE(AnalyzeMessage("Thanks! Could we talk next week?").thanks_only);
  EXPECT_TRUE(AnalyzeMessage("🔥🔥🔥").emoji_only);
  EXPECT_TRUE(AnalyzeMessage("Hi Sam, I came across your profile and have an exciting "
                             "opportunity with a client of ours. Open to a quick call?")
                  .recruiter);
  EXPECT_TRUE(AnalyzeMessage("Book a free 30-minute strategy call with our team to grow your "
                             "business!")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("Thanks for connecting! This is an automated message.").automated);
  EXPECT_TRUE(AnalyzeMessage("you're a clown and a fraud").hostile);
  EXPECT_TRUE(AnalyzeMessage("Congrats Sam! Ordered my copy").thanks_only);
  EXPECT_TRUE(AnalyzeMessage("Update: all sorted, no need to talk, thanks anyway!").declined);
  EXPECT_TRUE(AnalyzeMessage("We help consultants add $20k/mo in pipeline. Worth a quick call? "
                             "Book here: https://cal.example/x")
                  .promotional);
  EXPECT_FALSE(AnalyzeMessage("Our wholesale prices are killing us, could I call you this week?")
                   .promotional);
  EXPECT_FALSE(AnalyzeMessage("Could we talk about your position on remote work?").recruiter);
}

TEST(MessageSignalsTest, ADayAloneProposesNothing) {
  EXPECT_EQ(Asks("Massive help on Friday, the new prices are live."), 0);
  EXPECT_EQ(Asks("Reminder: the meetup starts tomorrow at 18:30."), 0);
  EXPECT_TRUE(Asks("könen wir morgn kurz telefoniern?") & kAskCall);
}

TEST(MessageSignalsTest, EverydayWordsAreNoTypos) {
  EXPECT_EQ(Asks("I've got what I need for the launch."), 0);
  EXPECT_EQ(Asks("I thought the change would help, please don't laugh"), kAskHelp);
  EXPECT_TRUE(Asks("Could we meet for lnch on Friday?") & kAskMeeting);
}

TEST(MessageSignalsTest, SomethingOfferedForFreeIsAPitch) {
  EXPECT_TRUE(AnalyzeMessage("Long time! Would love to hop on a call and do a free review of "
                             "your pension.")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("Agenda una llamada gratuita de 30 minutos con nosotros").promotional);
  EXPECT_TRUE(AnalyzeMessage("Lust auf ein kostenloses Erstgespräch").promotional);
  EXPECT_FALSE(AnalyzeMessage("Are you free for a call on Friday?").promotional);
  EXPECT_FALSE(AnalyzeMessage("Feel free to call me, I'm free Thursday afternoon").promotional);
  EXPECT_FALSE(AnalyzeMessage("We run a gluten-free bakery and our prices are a mess. Could we "
                              "talk?")
                   .promotional);
  // A prospect asking whether something is free is not offering it.
  EXPECT_FALSE(
      AnalyzeMessage("Is the first session gratuite ? On pourrait s'appeler.").promotional);
}

TEST(MessageSignalsTest, APitchHasAShapeWhateverItSells) {
  EXPECT_TRUE(AnalyzeMessage("Hey Sam! I help consultants like you land 5-10 new retainer "
                             "clients every month. Open to a 15 minute chat?")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("Bonjour Sam, nous accompagnons les consultants dans leur "
                             "stratégie LinkedIn. Seriez-vous disponible pour un échange ?")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("Hallo Sam, wir helfen Beratern, mehr Anfragen zu bekommen. "
                             "Hätten Sie 15 Minuten?")
                  .promotional);
  // A client describing their own business has one part or two, not three.
  EXPECT_FALSE(AnalyzeMessage("Hi Sam, we're evaluating consultants for our pricing revamp. "
                              "Could we set up a call next week to see if it's a fit?")
                   .promotional);
  EXPECT_FALSE(AnalyzeMessage("Hi Sam, we offer yoga classes and 10-class passes and I'm sure "
                              "the prices are wrong. Could we talk?")
                   .promotional);
}

TEST(MessageSignalsTest, ARecruiterHasAShapeToo) {
  EXPECT_TRUE(AnalyzeMessage("Hi Sam, I'm working on a Head of Pricing search for a SaaS "
                             "company. Your experience looks like a strong match. Up for a chat?")
                  .recruiter);
  EXPECT_TRUE(AnalyzeMessage("Hola Sam, busco un Director de Pricing para una multinacional. Tu "
                             "trayectoria encaja muy bien. ¿Hablamos?")
                  .recruiter);
  // A title alone is someone's job, not a vacancy.
  EXPECT_FALSE(AnalyzeMessage("Sam! I'm now Head of Product at Tallywork and our pricing is a "
                              "mess. Could we talk?")
                   .recruiter);
}

TEST(MessageSignalsTest, TimeTogetherThatExistsIsNotAskedFor) {
  EXPECT_EQ(Asks("What's the name of the book you recommended in your talk?"), 0);
  EXPECT_EQ(Asks("my boss needs to read this before our pricing meeting lol"), 0);
  EXPECT_TRUE(Asks("It's easier to explain on the phone if you're ever free?") & kAskCall);
}

TEST(MessageSignalsTest, GratitudeAnywhere) {
  EXPECT_TRUE(AnalyzeMessage("Thank you for Thursday, it was really helpful!").gratitude);
  EXPECT_TRUE(AnalyzeMessage("¡Gracias de nuevo por la llamada, Sam!").gratitude);
  EXPECT_TRUE(AnalyzeMessage("Massive help on Friday. Owe you a coffee!").gratitude);
  EXPECT_FALSE(AnalyzeMessage("Wednesday 10h works! I'll save you a desk.").gratitude);
}

TEST(MessageSignalsTest, IndirectAsksForTheReadersTime) {
  EXPECT_TRUE(Asks("Would you have 15 minutes some afternoon next week?") & kAskChat);
  EXPECT_TRUE(Asks("¿Tendrías un rato el lunes? Quiero subir precios en la tienda.") & kAskChat);
  EXPECT_TRUE(Asks("Auriez-vous un créneau la semaine prochaine ?") & kAskChat);
  EXPECT_TRUE(Asks("Hättest du nächste Woche kurz Zeit?") & kAskChat);
  EXPECT_TRUE(Asks("Si tienes media hora algún día, me ayudaría mucho.") & kAskChat);
  // Time talked about, or nobody addressed, asks for nothing.
  EXPECT_EQ(Asks("Did you have a good time at the conference?"), 0);
  EXPECT_EQ(Asks("Hast du Zeit gehabt, den Artikel zu lesen?"), 0);
  EXPECT_EQ(Asks("Only 20 minutes until the webinar starts?!"), 0);
}

TEST(MessageSignalsTest, ThirdPartyPostsAreRecruiting) {
  EXPECT_TRUE(AnalyzeMessage("Hi Sam, I'm working with a logistics scale-up that needs a "
                             "Revenue Manager. Open to a chat?")
                  .recruiter);
  EXPECT_TRUE(AnalyzeMessage("Hallo Sam, im Auftrag eines Handelskonzerns besetze ich eine "
                             "Stelle im Pricing. Telefonieren wir?")
                  .recruiter);
  EXPECT_FALSE(AnalyzeMessage("Hi Sam, I'm working with my co-founder on our first price list. "
                              "Could we talk?")
                   .recruiter);
}

TEST(MessageSignalsTest, SellersServeTheOwnersKindClientsAskForHelp) {
  EXPECT_TRUE(AnalyzeMessage("Hi Sam, we work with independent consultants on their LinkedIn "
                             "outreach. Worth a quick call?")
                  .promotional);
  EXPECT_FALSE(AnalyzeMessage("We run three gyms and our members love the classes, but we lose "
                              "money on the yearly plan. Could you help us price it?")
                   .promotional);
  // A gift stays a pitch whatever else is said.
  EXPECT_TRUE(AnalyzeMessage("Can I help you? Book a free audit of your funnel.").promotional);
}

TEST(MessageSignalsTest, SellersFixTheReadersBusiness) {
  // The reader's business as the thing to fix, the owner's kind as customers, an offer to
  // present: a pitch without any listed sales phrase.
  EXPECT_TRUE(AnalyzeMessage("Hi Sam, your website is losing visitors every day. My studio "
                             "rebuilds sites for coaches, I can show you how in 15 minutes?")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("Hallo Sam, ich berate Selbstständige bei der Altersvorsorge. "
                             "Hätten Sie Zeit für ein Gespräch?")
                  .promotional);
  // The owner's work, referred to by someone who wants something from them, is no target.
  EXPECT_FALSE(AnalyzeMessage("Hi Sam, your workshop changed how I price my bakery. Could we "
                              "talk about a project for my shop?")
                   .promotional);
  EXPECT_TRUE(AnalyzeMessage("Hey hun! I've found something flexible I do from my phone, you'd "
                             "be amazing at what I do. Quick call tonight?")
                  .promotional);
}

TEST(MessageSignalsTest, ClientsOfferToPay) {
  EXPECT_TRUE(Asks("I'd happily pay for an hour of your time.") & kAskRates);
  EXPECT_TRUE(Asks("Könntest du uns ein paar Wochen begleiten? Gern gegen Honorar.") & kAskRates);
}

TEST(MessageSignalsTest, ConditionalOffersToTalk) {
  EXPECT_TRUE(Asks("If you're ever up for it, I'd be glad to discuss how you set the tiers.") &
              kAskChat);
  EXPECT_TRUE(Asks("Si algún día te animas a hablarlo, estaría encantada.") & kAskChat);
  EXPECT_TRUE(Asks("Si un jour tu es partant pour en parler, je serais ravie.") & kAskChat);
  EXPECT_TRUE(Asks("Wenn du mal Lust hast, darüber zu sprechen, melde dich.") & kAskChat);
  EXPECT_EQ(Asks("Ravie de te lire, belle journée !"), 0);
}

TEST(MessageSignalsTest, AsksInPortuguese) {
  EXPECT_TRUE(Asks("Podes ligar-me amanhã de manhã?") & kAskCall);
  EXPECT_TRUE(Asks("Tens meia hora esta semana para falarmos?") & kAskChat);
  EXPECT_TRUE(Asks("Tomamos um café na quinta?") & kAskMeeting);
  EXPECT_TRUE(Asks("Quanto cobras por um workshop de um dia?") & kAskRates);
  EXPECT_TRUE(Asks("Gostava muito de ouvir a tua opinião sobre a nossa tabela.") & kAskFeedback);
  EXPECT_TRUE(Asks("Achas que nos consegues ajudar com isto?") & kAskHelp);
  // "Lugar" is a place, one letter away from "ligar"; a company "chamada" X is only named.
  EXPECT_EQ(Asks("Tens lugar para mais um no workshop?") & kAskCall, 0);
  EXPECT_EQ(Asks("Conheces uma empresa chamada Lumen?") & kAskCall, 0);
  EXPECT_TRUE(AnalyzeMessage("Muito obrigada!").thanks_only);
  EXPECT_TRUE(AnalyzeMessage("Já não é preciso, resolvemos internamente.").declined);
}

TEST(MessageSignalsTest, TheOwnersSubjectIsNoAskForRates) {
  // Pricing is what the owner writes about: a question on it asks an opinion, not a quote.
  EXPECT_EQ(Asks("usage-based pricing wins in the end, who's with me?") & kAskRates, 0);
  EXPECT_EQ(Asks("¿Los precios dinámicos son el futuro?") & kAskRates, 0);
  EXPECT_TRUE(Asks("What's your pricing for a team workshop?") & kAskRates);
  EXPECT_TRUE(Asks("Could you share the price of a half-day session?") & kAskRates);
  EXPECT_TRUE(Asks("Quels sont tes prix pour une formation ?") & kAskRates);
}

TEST(MessageSignalsTest, SellingInPortugueseAndGuestPosts) {
  EXPECT_TRUE(AnalyzeMessage("Olá! Procuro pessoas para trabalhar a partir de casa, renda extra "
                             "garantida. Fazemos uma chamada?")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("We'd love to publish a guest post on your blog, or pay for a link "
                             "insertion in an older article.")
                  .promotional);
  EXPECT_FALSE(
      AnalyzeMessage("Podes ligar-me? Os nossos preços estão a matar as margens.").promotional);
}

TEST(MessageSignalsTest, PleasantriesAboutAMeetingThatHappened) {
  EXPECT_EQ(Asks("Great meeting you at the conference, let's stay in touch!") & kAskMeeting, 0);
  EXPECT_EQ(Asks("Encantada de conocerte ayer, ¡seguimos en contacto!") & kAskMeeting, 0);
  EXPECT_TRUE(Asks("Great meeting you! Could we meet again next week to go over the plan?") &
              kAskMeeting);
}

TEST(MessageSignalsTest, ATimeSetMakesThatCallAnAsk) {
  // "that call" is talked about, until the sentence puts it in the calendar.
  EXPECT_EQ(Asks("Did that call help at all?") & kAskCall, 0);
  EXPECT_EQ(Asks("When we had that call in spring, which book did you name?") & kAskCall, 0);
  EXPECT_TRUE(Asks("Any chance of that call next week?") & kAskCall);
  EXPECT_TRUE(Asks("When would suit you for the follow-up?") & kAskChat);
  EXPECT_TRUE(Asks("I'll be in town Tuesday, lunch is on me, anywhere you like.") & kAskMeeting);
}

TEST(MessageSignalsTest, FormalAndTextedAsks) {
  EXPECT_TRUE(Asks("I would welcome the chance to discuss this with you at your convenience.") &
              kAskChat);
  EXPECT_TRUE(Asks("culd u maybe talk to me for a bit this wk") & kAskChat);
  EXPECT_TRUE(Asks("Ich frage mich, ob Sie uns dabei unterstützen könnten.") & kAskHelp);
  EXPECT_TRUE(Asks("¿Cuánto sería más o menos?") & kAskRates);
}

TEST(MessageSignalsTest, BuyersTalkLikeSellersButAskForAProposal) {
  EXPECT_FALSE(AnalyzeMessage("Scope: discount guardrails for the sales team and a pipeline "
                              "review. Could you send a proposal?")
                   .promotional);
  EXPECT_TRUE(
      AnalyzeMessage("We help consultants grow revenue with more leads. Book a demo!").promotional);
}

TEST(MessageSignalsTest, HostileWordsInJestAndSarcasm) {
  EXPECT_FALSE(
      AnalyzeMessage("Ana from the workshop, the one who wouldn't shut up about tiers.").hostile);
  EXPECT_TRUE(AnalyzeMessage("Shut up.").hostile);
  EXPECT_TRUE(
      AnalyzeMessage("Raise prices? Groundbreaking. Do you invoice for this wisdom?").hostile);
}

TEST(MessageSignalsTest, FrenchLetsCallAndNamesThatAreCalled) {
  EXPECT_TRUE(Asks("On s'appelle cette semaine ?") & kAskCall);
  EXPECT_EQ(Asks("Tu connais l'agence qui s'appelle Lumen ?") & kAskCall, 0);
  EXPECT_TRUE(Asks("Dann würde ich gern ein kurzes Gespräch per Telefon vereinbaren.") & kAskCall);
}

TEST(MessageSignalsTest, InvestmentSellersArePromotional) {
  EXPECT_TRUE(AnalyzeMessage("Je suis conseiller en investissement immobilier, défiscalisation "
                             "garantie. On s'appelle ?")
                  .promotional);
  EXPECT_TRUE(
      AnalyzeMessage("Oportunidade exclusiva em cripto, rendimento garantido!").promotional);
}

TEST(MessageSignalsTest, SomeoneWeighingTheirOwnJobOfferIsNoRecruiter) {
  EXPECT_FALSE(AnalyzeMessage("Got an offer from a startup, lower salary but 0.4% equity, and I "
                              "have no idea how to value the equity part. Can we talk?")
                   .recruiter);
  EXPECT_TRUE(AnalyzeMessage("Hola Sam, he revisado tu perfil y creo que encajarías en una "
                             "posición muy interesante para una empresa líder del sector.")
                  .recruiter);
}

TEST(MessageSignalsTest, ARoundOnMeNextTimeIsThanksNotAnAsk) {
  EXPECT_EQ(Asks("Thank you SO much for last night. Drinks on me next time!"), 0);
  EXPECT_TRUE(Asks("I'll be in Lisbon on Friday, lunch is on me?") & kAskMeeting);
}

TEST(MessageSignalsTest, PartnersSayOfferAndClientsWithoutSelling) {
  EXPECT_FALSE(AnalyzeMessage("Creo que podríamos montar una oferta conjunta de pricing para "
                              "clientes industriales. ¿Un café cuando pases por Madrid?")
                   .promotional);
  EXPECT_TRUE(AnalyzeMessage("Given you're freelance, worth a quick call to check you're "
                             "covered? Income protection and life cover from £9 a month.")
                  .promotional);
}

TEST(MessageSignalsTest, FrenchTypedWithoutApostrophes) {
  EXPECT_TRUE(Asks("on peut sappeler demain ?") & kAskCall);
  EXPECT_TRUE(Asks("On peut s'appeler demain ?") & kAskCall);
}

TEST(MessageSignalsTest, SelfDeprecationAndSurpriseAreNotHostile) {
  EXPECT_FALSE(
      AnalyzeMessage("Sorry if this is a stupid question, how do you price retainers?").hostile);
  EXPECT_FALSE(AnalyzeMessage("Sam, five years, ridiculous. Fancy talking it through?").hostile);
  const MessageSignals sneer =
      AnalyzeMessage("you call this advice? wow. imagine charging people money to hear that");
  EXPECT_TRUE(sneer.hostile);
  EXPECT_EQ(sneer.asks & kAskCall, 0);
}

TEST(MessageSignalsTest, HomeEnergySellersArePromotional) {
  EXPECT_TRUE(AnalyzeMessage("Agora trabalho com painéis solares, fica quase de borla. Posso "
                             "passar aí em casa esta semana?")
                  .promotional);
}

TEST(MessageSignalsTest, HostilityIsAimedAtSomeoneNotTheWriter) {
  EXPECT_FALSE(
      AnalyzeMessage("im pretty sure my prices are a joke.. could i run them by u?").hostile);
  EXPECT_TRUE(AnalyzeMessage("your prices are a joke").hostile);
  EXPECT_TRUE(AnalyzeMessage("oh my god, what garbage").hostile);
}

TEST(MessageSignalsTest, TimeAndInterviewsAskedForInPassing) {
  EXPECT_TRUE(Asks("would it be weird to ask for 20 min of your time?") & kAskChat);
  EXPECT_EQ(Asks("I don't want to waste your time, I know you're busy."), 0);
  EXPECT_TRUE(Asks("Would you be open to a 20-min interview for the thesis?") & kAskChat);
  EXPECT_EQ(Asks("Hi Sam, is your book available in Germany?"), 0);
}

TEST(MessageSignalsTest, AVagueSomedayIsASignOff) {
  EXPECT_EQ(Asks("bon je file, on s'appelle un de ces quatre"), 0);
  EXPECT_TRUE(AnalyzeMessage("bon je file, on s'appelle un de ces quatre").closing);
}

TEST(MessageSignalsTest, ClientsUseBusinessWordsWithoutSelling) {
  EXPECT_FALSE(AnalyzeMessage("I run a 12-person performance marketing agency. Our retainers are "
                              "hours-based and clients leave when results plateau. Pipeline is "
                              "fine, revenue per client keeps dropping. Open to a conversation?")
                   .promotional);
  EXPECT_FALSE(AnalyzeMessage("Pubs are asking for a discount again and most of our profit comes "
                              "from the taproom. Could we do a call next week?")
                   .promotional);
}

TEST(MessageSignalsTest, TakingSomethingOnIsAnAskAndDisregardingItWithdraws) {
  EXPECT_TRUE(Asks("If this is something you'd take on, I'd be glad to find time.") & kAskHelp);
  EXPECT_TRUE(Asks("We have a small grant for a workshop. Would that be something you could do?") &
              kAskHelp);
  EXPECT_TRUE(AnalyzeMessage("Please disregard my previous message: we decided to hire an "
                             "internal pricing lead instead.")
                  .declined);
}

TEST(MessageSignalsTest, AConversationWithAClientIsNotAnAsk) {
  EXPECT_EQ(Asks("Change orders would be a fun conversation with a client. Let's agree it "
                 "depends."),
            0);
}

TEST(MessageSignalsTest, PaidStageSlotsAndWorkFromHomeTeamsArePromotional) {
  EXPECT_TRUE(AnalyzeMessage("Our featured speaker package includes the stage slot and a booth.")
                  .promotional);
  EXPECT_TRUE(
      AnalyzeMessage("Estoy armando un equipo para un negocio desde casa, sin jefes.").promotional);
}

TEST(MessageSignalsTest, LogisticsAndVagueCatchUpsAreNoAsks) {
  EXPECT_EQ(Asks("call me when you land and I'll pick you up"), 0);
  EXPECT_EQ(Asks("Sam, llámame cuando aterrices y te recoge Quique."), 0);
  EXPECT_EQ(Asks("Let's catch up properly soon, it's been too long x"), 0);
  EXPECT_EQ(Asks("Samedi prochain c'est le retour, on se fait le match au bar ?") & kAskFeedback,
            0);
  EXPECT_EQ(Asks("O orçamento da pintura é o da empresa que veio em março?"), 0);
  EXPECT_TRUE(Asks("Ruf mich gern an, heute oder morgen.") & kAskCall);
}

TEST(MessageSignalsTest, AsksInPortugueseAndGermanBusinessRegisters) {
  EXPECT_TRUE(Asks("Queria te perguntar se voce toparia me dar uma mentoria, nem que seja uma "
                   "conversa de uma hora por mes.") != 0);
  EXPECT_TRUE(Asks("Könnten Sie uns hierfür ein Angebot schicken?") & kAskRates);
  EXPECT_TRUE(Asks("Gostávamos muito de o ter como convidado. Teria disponibilidade em junho?") !=
              0);
}

TEST(MessageSignalsTest, ConfirmingASetTimeKeepsItOpenAndWithdrawingClosesIt) {
  EXPECT_FALSE(AnalyzeMessage("See you there.").closing);
  EXPECT_TRUE(AnalyzeMessage("See you!").closing);
  EXPECT_TRUE(AnalyzeMessage("legend, that's all I needed").closing);
  EXPECT_TRUE(AnalyzeMessage("Apologies, scrap that: the board has just shelved the whole "
                             "service line.")
                  .declined);
}

TEST(MessageSignalsTest, FreeDescribedIsNoGiftAndSneersAreHostile) {
  EXPECT_FALSE(AnalyzeMessage("As provas são gratuitas para os hóspedes, o que talvez seja um "
                              "erro.")
                   .promotional);
  EXPECT_TRUE(AnalyzeMessage("Raise your prices, says the man who's never run a shop.").hostile);
}

TEST(MessageSignalsTest, ReportedWordsAndPricingModelsAreNeitherHostileNorGifts) {
  EXPECT_FALSE(AnalyzeMessage("I charge 10 euros. My daughter says that is ridiculous and sent "
                              "me your page.")
                   .hostile);
  EXPECT_TRUE(AnalyzeMessage("Everyone says you're a fraud.").hostile);
  EXPECT_FALSE(
      AnalyzeMessage("We run a scheduling tool and our free plan covers 1 teacher.").promotional);
  EXPECT_TRUE(AnalyzeMessage("Start your free trial today!").promotional);
}

TEST(MessageSignalsTest, TheCatAndTheExhibitorStand) {
  EXPECT_EQ(Asks("Tu peux passer nourrir le chat samedi ?"), 0);
  EXPECT_TRUE(
      AnalyzeMessage("Il nous reste quelques stands exposants à tarif préférentiel.").promotional);
}

TEST(MessageSignalsTest, ThanksForYesterdayAndNoInTheirLanguage) {
  EXPECT_TRUE(AnalyzeMessage("Sam, lo de ayer nos vino genial, nos aclaró muchísimo.").gratitude);
  EXPECT_TRUE(
      AnalyzeMessage("Je ne peux donc pas accepter, par souci de conflit d'intérêts.").declined);
  EXPECT_TRUE(Asks("Would you be open to looking at the page and telling us what feels off?") &
              kAskFeedback);
}

TEST(MessageSignalsTest, VoseoSarcasmEngagementBaitAndPoliteNos) {
  EXPECT_TRUE(Asks("Si algún día tenés media hora libre, me encantaría mostrarte la página.") != 0);
  EXPECT_EQ(Asks("Ruf mich an, wenn du mal was Ehrliches schreibst."), 0);
  EXPECT_TRUE(AnalyzeMessage("Se puderes dar um like e deixar um comentário ajudava imenso com o "
                             "algoritmo.")
                  .promotional);
  EXPECT_TRUE(AnalyzeMessage("I'm working for a competitor, so I have to decline.").declined);
  EXPECT_TRUE(
      AnalyzeMessage("Schade, aber verständlich. Wir fragen einen anderen Referenten.").declined);
  EXPECT_TRUE(AnalyzeMessage("Makes sense, thanks!").closing);
}

}  // namespace
}  // namespace touchpoint
