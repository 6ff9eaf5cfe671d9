// Given names, and family names written first, that make an unknown two-word name a person's: "Frank Fang
// contributed", "Luo Ya". Only a cue among others: a run needs no listed name to be a person when the
// text gives a title, an honorific, "said" or an appositive. Words that are also places, months or
// capitalised words of their own (River, May, Victoria, Jordan) are left out; words that are common nouns or
// verbs in lower case (Bill, Will, Mark, Grant) are in, as only a name writes them capitalised mid-sentence,
// and entity-scan.ts keeps them at a sentence's start only before a surname, in a sentence that asks nothing.

const GIVEN = `
aaron abdul abdullah abigail abraham adam adel adrian adriana agnes ahmad ahmed aidan aisha alan alastair albert
alberto alejandro aleksandr alessandro alex alexander alexandra alexei alexis alfred alfredo ali alice alicia alina
alison amanda amelia amir amit amy ana anastasia anders andre andrea andreas andrei andrew andrzej andy angela angelo
angus anita ann anna anne annelie annette anthony antoine anton antonio antony anya arjun arnaud arne arran arthur
ashley astrid aurelie barbara barry beatriz ben benedict benjamin bente bernard bernardo bernie beth betty bianca bjorn
bob bogdan boris brad bradley brandon brendan brendon brian bridget bruce bruno bryan callum calvin cameron camila
carl carla carlos carmen carol caroline carolyn catherine cecilia celine charles charlie charlotte chloe chris
christian christina christine christopher chuck claire clara claudia colin connor conor craig cristina cynthia
daniel daniela daniele danielle danny dara darius david dean deborah debbie denis dennis derek diana diane diego
dimitri dimitris dmitry dominic donald donna doris douglas duncan dylan edgar edith eduardo edward eileen eirik elena
eleanor elif elijah elisabeth elizabeth ella ellen elliot emily emma emmanuel enrique eric erik erin ernesto esther
ethan eugene eva evan fabian fatima felipe felix fernando fiona francesca francesco francis francisco franco frank
franz fred frederick gabriel gabriela gareth gary gavin geoffrey george georg gerald gerard gerhard gerlinde gianni
gillian giorgia giovanni giuseppe glenn gordon grace graham grant greg gregory guillaume gunnar gustavo hamid hannah
hans harold harriet harry hassan heather heidi heinz helen helena hemi henrik henry herbert hilary holly howard hugh
hugo hussein ian ibrahim igor ilya ines ingrid irene iris isaac isabel isabella isabelle ivan jack jacob jacqueline
jake james jamie jan jane janet janice jason javier jean jeff jeffrey jennifer jeremy jerome jessica jim jimmy joan
joana joanna joao joe joel johan johann johannes john jon jonas jonathan jordi jorge jose josef joseph joshua juan
judith julia julian julie julien jurgen justin kai kamala karen karim karin karl kate katherine kathleen kathryn
katie keir keith ken kenji kenneth kevin khalid kim kirsten kjersti klaus kurt kyle lars laura lauren laurent lea
leila lena leo leon leonardo lewis liam linda lindsey lisa liz lorna lorenzo louis louise luca lucas lucia lucy luis
luisa luke lukas magnus mahmoud maja malcolm manuel marc marcel marco marcus margaret maria mariana marie marina mario
marion marisol marius mark markus marta martha martin mary mateo mathias matteo matthew matthias maurice max maxim
megan mehmet melanie melissa michael michel michelle miguel mikel mikhail miriam miriama mohamed mohammad mohammed
monica moritz muhammad nadia nancy naomi natalia natasha nathan neil nicholas nick nicola nicolas niels nigel nikita
nikolai nils nina noah noel nora norbert oddvar oleg olga oliver olivia omar oscar otto pablo pamela paolo patricia
patrick paul paula paulo pedro penelope peter petra philip philippe pierre pieter piotr priya priyesh rachel
rafael rahul raj ralph ramon raul rebecca reza ricardo richard rick rishi rob robert roberto robin rodrigo roger
roman ronald rosa ross ruairi rui rupert russell ruth ryan sabine sadiq sally samantha samuel sandra sanjay sara
sarah scott sean sebastian sergei sergey sergio shaun sharon sheila shinzo sigrun silvia simon simone sione siri
sofie sonia sophie stefan stefano stephanie stephen steve steven stuart susan suzanne sven svetlana tamara tanya
tariq tatiana teresa terry tessa thabo theo theresa thierry thomas tim timothy tobias todd tom tomas tommaso tony
tracy ulrich ursula valentina valerie vanessa vasco vera veronica victor viktor vincent vitaly vladimir volodymyr
walter wendy werner william wolfgang xavier yael yasmin yevgeny yosef youssef yuri yusuf yves zoe zoltan
bill will jill lee
barack hillary mitt jeb newt nikki ron rand mike joe kamala volodymyr xi narendra recep emmanuel olaf keir rishi
vladimir benjamin justin jacinda anthony antonio lula
`;

// Chinese, Korean and Vietnamese family names: written first, so "Wang Yi" and "Mr. Wang" are one person.
const FAMILY_FIRST = `
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo lin luo gao zheng liang xie song tang han feng
deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong xi qin
bai wen lai tsai chiang hou kong mao qian shi lei hao tan kim park choi jung kang cho yoon jang lim moon yoo shin kwon
hwang ahn nguyen tran pham hoang phan vu vo dang bui ngo duong
`;

const words = (list: string): Set<string> => new Set(list.split(/\s+/u).filter(Boolean));

export const GIVEN_NAMES: ReadonlySet<string> = words(GIVEN);
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = words(FAMILY_FIRST);
