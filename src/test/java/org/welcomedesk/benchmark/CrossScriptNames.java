package org.welcomedesk.benchmark;

import org.welcomedesk.registry.duplicates.domain.matching.MatchProfile;
import org.welcomedesk.registry.records.domain.Sex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic synthetic registry of a city help desk, since FEBRL's names are all Anglo:
 * people with Arabic, Somali, Amharic, Russian/Ukrainian, Chinese, Turkish, Persian and
 * French/Portuguese/Spanish names, 1-2 duplicates of many of them written in another script or
 * romanisation, with swapped names, typos, day/month swaps, estimated years and missing fields;
 * plus people who merely share a common name, and households (same family name, address and
 * phone), to measure precision. Each name is a list of spellings of one name; the first is the
 * usual Latin one.
 */
final class CrossScriptNames {

    static final long SEED = 20240611L;

    private record Background(String country, String[][] male, String[][] female, String[][] family) {}

    private static String[][] names(String... groups) {
        String[][] result = new String[groups.length][];
        for (int i = 0; i < groups.length; i++) {
            result[i] = groups[i].split("\\|");
        }
        return result;
    }

    private static final List<Background> BACKGROUNDS = List.of(
            new Background(
                    "SY",
                    names(
                            "Mohammed|Muhammad|Mohamed|Mohamad|محمد",
                            "Ahmed|Ahmad|أحمد",
                            "Ali|Aly|علي",
                            "Omar|Umar|عمر",
                            "Youssef|Yusuf|Yousef|يوسف",
                            "Khalid|Khaled|خالد",
                            "Hussein|Husayn|Hossein|حسين",
                            "Abdurrahman|Abd al-Rahman|Abdulrahman|Abdel Rahman|عبد الرحمن",
                            "Abdullah|Abdallah|Abdulla|عبدالله",
                            "Walid|Waleed|وليد",
                            "Hassan|Hasan|حسن",
                            "Ibrahim|Ebrahim|إبراهيم",
                            "Mustafa|Mostafa|مصطفى",
                            "Tariq|Tarek|طارق",
                            "Karim|Kareem|كريم"),
                    names(
                            "Fatima|Fatma|Fatimah|فاطمة",
                            "Aisha|Aicha|Aysha|عائشة",
                            "Zahra|زهرا",
                            "Mariam|Maryam|مريم",
                            "Layla|Leila|Laila|ليلى",
                            "Nour|Noor|نور",
                            "Amina|Aminah|أمينة",
                            "Khadija|Khadidja|خديجة",
                            "Salma|سلمى",
                            "Huda|Hoda|هدى"),
                    names(
                            "Al-Hassan|Alhassan|الحسن",
                            "Haddad|حداد",
                            "Khalil|خليل",
                            "Mansour|Mansur|منصور",
                            "Saleh|Salih|صالح",
                            "Nasser|Naser|ناصر",
                            "Haidar|Haider|حيدر",
                            "Ibrahim|إبراهيم",
                            "Abbas|عباس",
                            "Yassin|Yasin|ياسين",
                            "Darwish|Darwisch|درويش",
                            "Hamdan|حمدان",
                            "Othman|Osman|Uthman|عثمان",
                            "Mahmoud|Mahmud|محمود",
                            "Suleiman|Sulaiman|سليمان")),
            new Background(
                    "SO",
                    names(
                            "Maxamed|Mohamed|Mohammed",
                            "Cabdi|Abdi",
                            "Xasan|Hassan|Hasan",
                            "Axmed|Ahmed",
                            "Yuusuf|Yusuf",
                            "Warsame|Warsama",
                            "Cabdullaahi|Abdullahi",
                            "Xuseen|Hussein",
                            "Ismaaciil|Ismail"),
                    names(
                            "Faadumo|Fadumo|Fatuma",
                            "Ayaan|Ayan",
                            "Hodan",
                            "Xaliimo|Halima",
                            "Sahra|Sahro",
                            "Ifrah|Ifra",
                            "Nasra",
                            "Maryan|Maryam"),
                    names(
                            "Cabdullaahi|Abdullahi",
                            "Nuur|Nur",
                            "Jaamac|Jama",
                            "Faarax|Farah",
                            "Cumar|Omar",
                            "Maxamuud|Mohamud|Mahmoud",
                            "Guuleed|Guled",
                            "Cismaan|Osman",
                            "Warsame",
                            "Yuusuf|Yusuf")),
            new Background(
                    "ET",
                    names(
                            "Tesfaye|ተስፋዬ",
                            "Abebe|አበበ",
                            "Kebede|ከበደ",
                            "Mulugeta|ሙሉጌታ",
                            "Girma|ግርማ",
                            "Yohannes|Yohanes|ዮሐንስ",
                            "Tadesse|Tadese|ታደሰ",
                            "Dawit|Dawitt|ዳዊት",
                            "Solomon|ሰለሞን"),
                    names(
                            "Tigist|ትግስት",
                            "Meseret|መሰረት",
                            "Almaz|አልማዝ",
                            "Selam|ሰላም",
                            "Hiwot|ሕይወት",
                            "Bethlehem|Betelhem|ቤተልሔም",
                            "Mahlet|ማህሌት"),
                    names(
                            "Alemu|አለሙ",
                            "Bekele|በቀለ",
                            "Desta|ደስታ",
                            "Mekonnen|Mekonen|መኮንን",
                            "Haile|ኃይሌ",
                            "Tesfaye|ተስፋዬ",
                            "Gebre|ገብሬ",
                            "Wolde|Welde|ወልደ",
                            "Asfaw|አስፋው",
                            "Getachew|ጌታቸው")),
            new Background(
                    "UA",
                    names(
                            "Oleksandr|Aleksandr|Alexander|Олександр",
                            "Sergey|Sergei|Sergej|Сергей",
                            "Dmitry|Dmitri|Dmitrij|Дмитрий",
                            "Ivan|Iwan|Иван",
                            "Andriy|Andrii|Андрій",
                            "Mykola|Микола",
                            "Vladimir|Wladimir|Владимир",
                            "Yuriy|Yuri|Juri|Юрий"),
                    names(
                            "Yuliya|Julia|Yulia|Юлия",
                            "Natalia|Natalya|Natalja|Наталья",
                            "Olga|Ольга",
                            "Tatiana|Tatyana|Tatjana|Татьяна",
                            "Oksana|Оксана",
                            "Olena|Elena|Jelena|Олена",
                            "Svetlana|Swetlana|Светлана",
                            "Iryna|Irina|Ірина"),
                    names(
                            "Kuznetsov|Kusnezow|Кузнецов",
                            "Ivanov|Iwanow|Иванов",
                            "Petrenko|Петренко",
                            "Shevchenko|Schewtschenko|Шевченко",
                            "Kovalenko|Kowalenko|Коваленко",
                            "Smirnov|Smirnow|Смирнов",
                            "Bondarenko|Бондаренко",
                            "Melnyk|Melnik|Мельник",
                            "Tkachenko|Tkatschenko|Ткаченко",
                            "Volkov|Wolkow|Волков",
                            "Popov|Popow|Попов")),
            new Background(
                    "CN",
                    names("Wei|伟", "Lei|磊", "Jun|军", "Hui|辉", "Qiang|强", "Xiaoming|小明", "Jian|建"),
                    names("Fang|芳", "Jing|静", "Min|敏", "Yan|燕", "Xin|欣", "Li|丽", "Na|娜"),
                    names(
                            "Zhang|张", "Wang|王", "Li|李", "Liu|刘", "Chen|陈", "Yang|杨", "Huang|黄", "Zhao|赵", "Wu|吴",
                            "Zhou|周")),
            new Background(
                    "TR",
                    names(
                            "Mehmet|Mehmed|Muhammet",
                            "Mustafa",
                            "Hüseyin|Huseyin",
                            "Ahmet|Ahmed",
                            "Yusuf",
                            "Emre",
                            "Murat",
                            "Hasan"),
                    names("Ayşe|Ayse", "Fatma", "Emine", "Zeynep|Zeinep", "Elif", "Hatice|Hatidsche", "Merve"),
                    names(
                            "Yılmaz|Yilmaz",
                            "Kaya",
                            "Demir",
                            "Şahin|Sahin",
                            "Çelik|Celik",
                            "Yıldız|Yildiz",
                            "Öztürk|Ozturk|Oeztuerk",
                            "Aydın|Aydin",
                            "Arslan",
                            "Doğan|Dogan")),
            new Background(
                    "AF",
                    names(
                            "Reza|رضا",
                            "Hossein|Hosein|Hussain|حسین",
                            "Mehdi|Mahdi|مهدی",
                            "Amir|امیر",
                            "Hamid|حمید",
                            "Farid|Fareed|فرید",
                            "Mohammad|Mohammed|محمد",
                            "Jawad|Javad|جواد"),
                    names(
                            "Zahra|زهرا",
                            "Maryam|Mariam|مریم",
                            "Fatemeh|Fatima|فاطمه",
                            "Parisa|پریسا",
                            "Shirin|Sheerin|شیرین",
                            "Nasrin|نسرین",
                            "Soraya|Suraya|ثریا"),
                    names(
                            "Ahmadi|احمدی",
                            "Hosseini|Husseini|حسینی",
                            "Mohammadi|محمدی",
                            "Rezaei|Rezaee|رضایی",
                            "Karimi|کریمی",
                            "Moradi|مرادی",
                            "Rahimi|رحیمی",
                            "Jafari|Jafary|جعفری",
                            "Sadeghi|Sadeqi|صادقی",
                            "Hashemi|هاشمی",
                            "Noori|Nouri|نوری")),
            new Background(
                    "PT",
                    names(
                            "José|Jose",
                            "François|Francois",
                            "João|Joao",
                            "Jean-Pierre|Jean Pierre",
                            "Gonçalo|Goncalo",
                            "Antoine",
                            "Carlos",
                            "Miguel"),
                    names(
                            "María|Maria",
                            "Hélène|Helene",
                            "Inês|Ines",
                            "Carmen",
                            "Amélie|Amelie",
                            "Lucía|Lucia",
                            "Beatriz"),
                    names(
                            "Gonçalves|Goncalves",
                            "Pérez|Perez",
                            "Fernández|Fernandez",
                            "Lefèvre|Lefevre",
                            "Dubois",
                            "da Silva|Da Silva",
                            "dos Santos|Dos Santos",
                            "García|Garcia",
                            "Rodríguez|Rodriguez",
                            "Martins",
                            "Moreau")));

    private static final String[] STREETS = {
        "Hauptstraße",
        "Bahnhofstraße",
        "Gartenweg",
        "Lindenallee",
        "Schillerstraße",
        "Am Markt",
        "Bergstraße",
        "Kirchgasse",
        "Ringstraße",
        "Mühlenweg",
        "Parkstraße",
        "Rosenweg"
    };
    private static final String[] SHELTERS = {"Unterkunft Nord, Industriestraße 12", "Erstaufnahme Am Flughafen 3"};

    private CrossScriptNames() {}

    static CrossScriptNamesBenchmark.Dataset generate() {
        Random random = new Random(SEED);
        List<MatchProfile> profiles = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        int person = 0;
        int duplicates = 0;
        int originals = 0;
        // People with duplicates (and some without), from every background.
        for (int k = 0; k < 480; k++) {
            Background bg = BACKGROUNDS.get(k % BACKGROUNDS.size());
            Person p = Person.random(bg, random);
            profiles.add(p.record(random, "o" + person, false));
            persons.add(person);
            originals++;
            int dups = random.nextDouble() < 0.75 ? (random.nextDouble() < 0.3 ? 2 : 1) : 0;
            for (int d = 0; d < dups; d++) {
                profiles.add(p.record(random, "d" + person + "." + d, true));
                persons.add(person);
                duplicates++;
            }
            person++;
        }
        // Namesakes: the most common names of each background, other people (other birth dates).
        int namesakes = 0;
        for (int k = 0; k < 320; k++) {
            Background bg = BACKGROUNDS.get(k % BACKGROUNDS.size());
            Person p = Person.random(bg, random);
            p.given = random.nextBoolean() ? bg.male[0] : bg.female[0];
            p.male = p.given == bg.male[0];
            p.family = bg.family[random.nextInt(Math.min(3, bg.family.length))];
            profiles.add(p.record(random, "n" + person, false));
            persons.add(person++);
            namesakes++;
        }
        // Households: one family name, address and phone; different people.
        int members = 0;
        for (int k = 0; k < 90; k++) {
            Background bg = BACKGROUNDS.get(k % BACKGROUNDS.size());
            Person head = Person.random(bg, random);
            int size = 2 + random.nextInt(3);
            for (int m = 0; m < size; m++) {
                Person member = m == 0 ? head : Person.random(bg, random);
                member.family = head.family;
                member.address = head.address;
                member.phone = head.phone;
                member.country = head.country;
                profiles.add(member.record(random, "h" + person, false));
                persons.add(person++);
                members++;
            }
        }
        int[] personOf = persons.stream().mapToInt(Integer::intValue).toArray();
        return new CrossScriptNamesBenchmark.Dataset(profiles, personOf, originals, duplicates, namesakes, members);
    }

    /** One true person, and how to write them down (again) with a clerk's variations. */
    private static final class Person {
        String[] given;
        String[] given2;
        String[] family;
        boolean male;
        int year;
        int month;
        int day;
        boolean estimated;
        boolean yearOnly;
        String country;
        String document;
        String phone;
        String address;

        static Person random(Background bg, Random random) {
            Person p = new Person();
            p.male = random.nextBoolean();
            String[][] givens = p.male ? bg.male : bg.female;
            p.given = givens[random.nextInt(givens.length)];
            p.given2 = random.nextDouble() < 0.15 ? givens[random.nextInt(givens.length)] : null;
            if (p.given2 == p.given) {
                p.given2 = null;
            }
            p.family = bg.family[random.nextInt(bg.family.length)];
            p.year = 1950 + random.nextInt(70);
            double d = random.nextDouble();
            p.estimated = d < 0.15;
            p.yearOnly = !p.estimated && d < 0.22;
            p.month = p.estimated ? 1 : 1 + random.nextInt(12);
            p.day = p.estimated ? 1 : 1 + random.nextInt(28);
            p.country = random.nextDouble() < 0.8 ? bg.country : null;
            p.document = random.nextDouble() < 0.5
                    ? String.valueOf((char) ('A' + random.nextInt(26))) + (10_000_000 + random.nextInt(89_999_999))
                    : null;
            p.phone = random.nextDouble() < 0.6 ? "0151" + (1_000_000 + random.nextInt(8_999_999)) : null;
            double a = random.nextDouble();
            p.address = a < 0.1
                    ? SHELTERS[random.nextInt(SHELTERS.length)]
                    : a < 0.65
                            ? STREETS[random.nextInt(STREETS.length)] + " " + (1 + random.nextInt(120)) + ", "
                                    + (10_000 + random.nextInt(900)) + " Stadt"
                            : null;
            return p;
        }

        MatchProfile record(Random random, String id, boolean duplicate) {
            String g = spelling(given, random, duplicate);
            String g2 = given2 == null ? null : spelling(given2, random, duplicate);
            String f = spelling(family, random, duplicate);
            String givenText = g2 == null ? g : g + " " + g2;
            if (duplicate && g2 != null && random.nextDouble() < 0.3) {
                givenText = g; // second given name left out
            }
            String familyText = f;
            if (duplicate && random.nextDouble() < 0.2) {
                givenText = typo(givenText, random);
            } else if (duplicate && random.nextDouble() < 0.2) {
                familyText = typo(familyText, random);
            }
            // A Latin form beside names in another script, as the clerk would type it, half the time.
            String givenLatin = null;
            String familyLatin = null;
            if (!isLatin(givenText) && random.nextBoolean()) {
                givenLatin = latinSpelling(given, random)
                        + (g2 != null && givenText.contains(" ") ? " " + latinSpelling(given2, random) : "");
            }
            if (!isLatin(familyText) && random.nextBoolean()) {
                familyLatin = latinSpelling(family, random);
            }
            if (duplicate && random.nextDouble() < 0.15) {
                String t = givenText;
                givenText = familyText;
                familyText = t;
                t = givenLatin;
                givenLatin = familyLatin;
                familyLatin = t;
            }
            Integer y = year;
            Integer m = yearOnly ? null : month;
            Integer d = yearOnly ? null : day;
            boolean est = estimated;
            if (duplicate) {
                double r = random.nextDouble();
                if (r < 0.08) {
                    y = null;
                    m = null;
                    d = null;
                } else if (r < 0.18 && d != null && d <= 12 && !est) {
                    int t = m;
                    m = d;
                    d = t;
                } else if (r < 0.26 && d != null && !est) {
                    d = d >= 20 ? d - 10 : d + 10; // a mistyped digit of the day
                } else if (r < 0.34 && !est) {
                    m = null; // only the year known at this visit
                    d = null;
                } else if (est) {
                    y = year + random.nextInt(5) - 2; // estimated again, differently
                }
            }
            String doc = document != null && (!duplicate || random.nextDouble() < 0.6) ? document : null;
            String ph = phone != null && (!duplicate || random.nextDouble() < 0.6) ? phone : null;
            String addr = address != null && (!duplicate || random.nextDouble() < 0.5) ? address : null;
            String ctry = country != null && (!duplicate || random.nextDouble() < 0.8) ? country : null;
            Sex sex = duplicate && random.nextDouble() < 0.1 ? Sex.X : male ? Sex.M : Sex.F;
            return new MatchProfile(
                    id,
                    givenText,
                    familyText,
                    givenLatin,
                    familyLatin,
                    sex,
                    y,
                    m,
                    d,
                    est,
                    ctry,
                    doc == null ? Set.of() : Set.of(doc),
                    ph,
                    addr);
        }

        /** The usual spelling for a first record; for a duplicate, often another one. */
        private static String spelling(String[] variants, Random random, boolean duplicate) {
            if (!duplicate || variants.length == 1) {
                return random.nextDouble() < 0.8 || variants.length == 1 ? variants[0] : variants[1];
            }
            return variants[random.nextInt(variants.length)];
        }

        private static String latinSpelling(String[] variants, Random random) {
            List<String> latin = new ArrayList<>();
            for (String v : variants) {
                if (isLatin(v)) {
                    latin.add(v);
                }
            }
            return latin.get(random.nextInt(latin.size()));
        }

        private static boolean isLatin(String text) {
            return text.codePoints()
                    .filter(Character::isLetter)
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        }

        /** One letter wrong, missing, doubled or swapped with the next, in a Latin name. */
        private static String typo(String name, Random random) {
            if (!isLatin(name) || name.length() < 4) {
                return name;
            }
            char[] c = name.toCharArray();
            int i = 1 + random.nextInt(c.length - 2);
            if (!Character.isLetter(c[i]) || !Character.isLetter(c[i + 1])) {
                return name;
            }
            return switch (random.nextInt(4)) {
                case 0 -> name.substring(0, i) + (char) ('a' + random.nextInt(26)) + name.substring(i + 1);
                case 1 -> name.substring(0, i) + name.substring(i + 1);
                case 2 -> name.substring(0, i) + c[i] + name.substring(i);
                default -> name.substring(0, i) + c[i + 1] + c[i] + name.substring(i + 2);
            };
        }
    }

    /** Distinct spellings in the data, for the report. */
    static Set<String> countries() {
        Set<String> c = new LinkedHashSet<>();
        BACKGROUNDS.forEach(b -> c.add(b.country));
        return c;
    }
}
