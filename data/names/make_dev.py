#!/usr/bin/env python3
"""Generate data/names/dev.csv, the labelled development set for the Malines name matcher.

Deterministic: a fixed seed and fixed-order tables; running it again rewrites dev.csv byte for
byte (tested with CPython 3.11; the `random` module's algorithms are stable across 3.x).
Stdlib only.  See README.md in this folder for what the data is and how it was made.

    python3 data/names/make_dev.py            # writes dev.csv next to this file, prints stats
    python3 data/names/make_dev.py --check    # only re-reads and validates dev.csv

All spelling knowledge is in the hand-written tables below (GIVEN, FAMILY, EURO_*,
connectors, honorifics).  The code only picks table entries and applies *structural* changes
(name order, upper case, dropping an element, a simulated keyboard typo); it never derives one
spelling from another.
"""
import csv
import io
import os
import random
import sys
import unicodedata

SEED = 20240611
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dev.csv")

# ---------------------------------------------------------------------------------------------
# Conventions.  fr = French / Belgian-French civil status and passports; es = Spanish
# administration; nl = Dutch / Flemish registers; en = English-language (UK/US press, Interpol
# notices in English); ma = Moroccan civil status (état civil / CNIE Latin transcription, French
# conventions); sc = scholarly DIN 31635 / ALA-LC style (rare in case files); ar = Arabic script.
# ---------------------------------------------------------------------------------------------
LATIN = ["fr", "es", "nl", "en", "ma", "sc"]
LATIN_W = [26, 17, 17, 15, 20, 5]

# Maghrebi given names.  key|sex|flags|fr|es|nl|en|ma|ar|sc
#   empty es/nl/ma field = same forms as fr; a field starting with '+' = fr forms plus these.
#   flags: c = compound name (joined / split / hyphenated forms among the variants);
#          p:<kind> = carries a particle (article el/al, ben, bou/abou, ait, ould, ou).
GIVEN = r"""
Mohamed|m||Mohamed,Mohammed,Mohamad|Mohamed,Mohammed,Mohamad|Mohamed,Mohammed,Mohammad|Muhammad,Mohammed,Mohammad,Muhammed|Mohamed,Mohammed|محمد|Muḥammad
Ahmed|m||Ahmed,Ahmad|Ahmed,Ahmad|Ahmed,Ahmad|Ahmad,Ahmed|Ahmed|أحمد,احمد|Aḥmad
Khalid|m||Khalid,Khaled|Jalid,Khalid,Jaled|Khalid,Chalid,Khaled|Khalid,Khaled|Khalid,Khaled|خالد|Khālid
Youssef|m||Youssef,Youcef,Yousef|Yusef,Youssef,Yussef|Youssef,Joessef,Yousef,Joesef|Yusuf,Yousef,Yousuf|Youssef|يوسف|Yūsuf
Hicham|m||Hicham,Hichem,Hisham|Hicham,Hichám,Hixam|Hicham,Hisjam,Hisham|Hisham,Hesham|Hicham|هشام|Hishām
Zakaria|m||Zakaria,Zakariya,Zacharia|Zakaria,Zakarías,Zacaria|Zakaria,Zakariya,Zakarija|Zakariya,Zakaria,Zakariyya|Zakaria,Zakariae|زكرياء,زكريا|Zakariyyāʾ
Noureddine|m|c|Noureddine,Nour-Eddine,Nour Eddine,Nourdine|Nuredin,Nureddin,Noureddine|Noureddine,Nordin,Nourdin|Nur al-Din,Nuruddin,Nour Eddine|Noureddine,Nour-Eddine|نور الدين,نورالدين|Nūr al-Dīn
Abdelkader|m|c|Abdelkader,Abdel Kader,Abd el-Kader|Abdelkáder,Abdelkader,Abdelkadir|Abdelkader,Abdelkadir,Abdel Kader|Abdul Qadir,Abd al-Qadir,Abdulkadir|Abdelkader|عبد القادر,عبدالقادر|ʿAbd al-Qādir
Abdeslam|m|c|Abdeslam,Abdesslam,Abdessalam,Abdel Salam|Abdeselam,Abdesalam,Abdeslam|Abdeslam,Abdessalam|Abd al-Salam,Abdul Salam,Abdussalam|Abdeslam,Abdesslam|عبد السلام,عبدالسلام|ʿAbd al-Salām
Abdelaziz|m|c|Abdelaziz,Abdel Aziz,Abdelazziz|Abdelaziz,Abdelasis,Abdel Aziz|Abdelaziz,Abdelaziez|Abdul Aziz,Abdulaziz,Abd al-Aziz|Abdelaziz,Abdelaaziz|عبد العزيز,عبدالعزيز|ʿAbd al-ʿAzīz
Abderrahim|m|c|Abderrahim,Abderrahime,Abdel Rahim,Abderahim|Abderrahim,Abderrahím|+Abderrahiem|Abdul Rahim,Abdur Rahim,Abd al-Rahim|Abderrahim,Abderrahime|عبد الرحيم,عبدالرحيم|ʿAbd al-Raḥīm
Abderrahmane|m|c|Abderrahmane,Abderrahman,Abdel Rahman|Abderrahman,Abderramán,Abderrahmán|Abderrahman,Abderrahmane,Abdelrahman|Abdul Rahman,Abdur Rahman,Abd al-Rahman|Abderrahmane,Abderrahman|عبد الرحمن,عبد الرحمان|ʿAbd al-Raḥmān
Abdelkrim|m|c|Abdelkrim,Abdelkarim,Abdel Karim|Abdelkrim,Abdelkarim,Abdelkerim|Abdelkrim,Abdelkarim|Abdul Karim,Abdulkarim,Abd al-Karim|Abdelkrim,Abdelkarim|عبد الكريم,عبدالكريم|ʿAbd al-Karīm
Abdelhamid|m|c|Abdelhamid,Abdel Hamid,Abdelhamide|Abdelhamid,Abdelhamíd|Abdelhamid,Abdelhamied|Abdul Hamid,Abdulhamid,Abd al-Hamid|Abdelhamid|عبد الحميد,عبدالحميد|ʿAbd al-Ḥamīd
Abdellatif|m|c|Abdellatif,Abdel Latif,Abdelatif|Abdelatif,Abdellatif|Abdellatif,Abdellatief|Abdul Latif,Abdullatif,Abd al-Latif|Abdellatif,Abdelatif|عبد اللطيف,عبداللطيف|ʿAbd al-Laṭīf
Abdelmajid|m|c|Abdelmajid,Abdelmadjid,Abdel Majid|Abdelmayid,Abdelmajid|Abdelmajid,Abdelmadjid|Abdul Majid,Abdulmajid,Abd al-Majid|Abdelmajid,Abdelmajide|عبد المجيد,عبدالمجيد|ʿAbd al-Majīd
Abdelouahab|m|c|Abdelouahab,Abdelwahab,Abdel Wahab|Abdeluahab,Abdelwahab|Abdelouahab,Abdelwahab,Abdeloeahab|Abdul Wahab,Abdulwahab,Abd al-Wahhab|Abdelouahab,Abdelwahab|عبد الوهاب,عبدالوهاب|ʿAbd al-Wahhāb
Abdelali|m|c|Abdelali,Abdel Ali,Abdelaali|Abdelali,Abdelalí|Abdelali,Abdelaali|Abdul Ali,Abd al-Ali|Abdelali,Abdelaali|عبد العالي,عبدالعالي|ʿAbd al-ʿĀlī
Abdelhak|m|c|Abdelhak,Abdelhaq,Abdel Hak|Abdelhak,Abdelhaq,Abdelhac|Abdelhak,Abdelhaq|Abdul Haq,Abdulhaq,Abd al-Haqq|Abdelhak,Abdelhaq|عبد الحق,عبدالحق|ʿAbd al-Ḥaqq
Abdelghani|m|c|Abdelghani,Abdelghany,Abdel Ghani|Abdelgani,Abdelghani|Abdelghani,Abdelgani|Abdul Ghani,Abdulghani,Abd al-Ghani|Abdelghani|عبد الغني,عبدالغني|ʿAbd al-Ghanī
Abdelilah|m|c|Abdelilah,Abdelillah,Abdel Ilah|Abdelilah,Abdelilá|Abdelilah,Abdelillah|Abdul Ilah,Abdulilah,Abd al-Ilah|Abdelilah,Abdelillah|عبد الإله,عبد الاله|ʿAbd al-Ilāh
Abdelfattah|m|c|Abdelfattah,Abdelfatah,Abdel Fattah|Abdelfatah,Abdelfattah|Abdelfattah,Abdelfatah|Abdul Fattah,Abdulfattah,Abd al-Fattah|Abdelfattah,Abdelfettah|عبد الفتاح,عبدالفتاح|ʿAbd al-Fattāḥ
Abdelmalek|m|c|Abdelmalek,Abdelmalik,Abdel Malek|Abdelmalek,Abdelmálek,Abdelmalik|Abdelmalek,Abdelmalik|Abdul Malik,Abdulmalik,Abd al-Malik|Abdelmalek|عبد المالك,عبد الملك|ʿAbd al-Malik
Abdessamad|m|c|Abdessamad,Abdessamed,Abdel Samad|Abdesamad,Abdessamad|Abdessamad,Abdesamad|Abdul Samad,Abdussamad,Abd al-Samad|Abdessamad,Abdessamade|عبد الصمد,عبدالصمد|ʿAbd al-Ṣamad
Abderrazak|m|c|Abderrazak,Abderrazzak,Abderrazzaq,Abdel Razak|Abderrazak,Abderrazaq|Abderrazak,Abderrazzak|Abdul Razzaq,Abdurrazzaq,Abd al-Razzaq|Abderrazak,Abderrazzak|عبد الرزاق,عبدالرزاق|ʿAbd al-Razzāq
Abdelhadi|m|c|Abdelhadi,Abdel Hadi|Abdelhadi,Abdel Hadi|Abdelhadi|Abdul Hadi,Abdulhadi,Abd al-Hadi|Abdelhadi|عبد الهادي,عبدالهادي|ʿAbd al-Hādī
Abdelhakim|m|c|Abdelhakim,Abdel Hakim,Abdelhakime|Abdelhakim,Abdelhaquim|Abdelhakim,Abdelhakiem|Abdul Hakim,Abdulhakim,Abd al-Hakim|Abdelhakim|عبد الحكيم,عبدالحكيم|ʿAbd al-Ḥakīm
Abdellah|m|c|Abdellah,Abdallah,Abdelah|Abdelah,Abdalá,Abdallah,Abdala|Abdellah,Abdallah|Abdullah,Abdallah,Abd Allah|Abdellah,Abdallah,Abdelah|عبد الله,عبدالله|ʿAbd Allāh
Abdennour|m|c|Abdennour,Abdelnour,Abdenour,Abd En-Nour|Abdenur,Abdennour|Abdennour,Abdennoer,Abdenour|Abdul Nur,Abd al-Nur,Abdulnoor|Abdennour,Abdenour|عبد النور,عبدالنور|ʿAbd al-Nūr
Abdelouahed|m|c|Abdelouahed,Abdelwahed,Abdel Ouahed|Abdeluahed,Abdelwahed|Abdelouahed,Abdelwahed|Abdul Wahid,Abdulwahid,Abd al-Wahid|Abdelouahed,Abdelwahed|عبد الواحد,عبدالواحد|ʿAbd al-Wāḥid
Abdelmounaim|m|c|Abdelmounaim,Abdelmounaïm,Abdelmonaim,Abdelmoneim|Abdelmunaim,Abdelmonaim|Abdelmounaim,Abdelmoenaim|Abdul Munim,Abd al-Munim,Abdulmonem|Abdelmounaim,Abdelmonaim|عبد المنعم,عبدالمنعم|ʿAbd al-Munʿim
Abdeljalil|m|c|Abdeljalil,Abdeldjalil,Abdel Jalil|Abdelyalil,Abdeljalil|Abdeljalil,Abdeldjalil|Abdul Jalil,Abduljalil,Abd al-Jalil|Abdeljalil|عبد الجليل,عبدالجليل|ʿAbd al-Jalīl
Abdelmoumen|m|c|Abdelmoumen,Abdelmoumene,Abdel Moumen|Abdelmumen,Abdelmoumen|Abdelmoumen,Abdelmoemen|Abdul Mumin,Abd al-Mumin,Abdulmumin|Abdelmoumen|عبد المومن,عبد المؤمن|ʿAbd al-Muʾmin
Abdelbasset|m|c|Abdelbasset,Abdelbaset,Abdel Basset|Abdelbaset,Abdelbasit|Abdelbasset,Abdelbasit|Abdul Basit,Abd al-Basit|Abdelbasset,Abdelbaset|عبد الباسط,عبدالباسط|ʿAbd al-Bāsiṭ
Abdessadek|m|c|Abdessadek,Abdessadeq,Abdel Sadek|Abdesadek,Abdessadek|Abdessadek,Abdesadek|Abdul Sadiq,Abd al-Sadiq|Abdessadek|عبد الصادق,عبدالصادق|ʿAbd al-Ṣādiq
Abdelhafid|m|c|Abdelhafid,Abdelhafidh,Abdel Hafid|Abdelhafid,Abdelhafiz|Abdelhafid,Abdelhafied|Abdul Hafiz,Abd al-Hafiz|Abdelhafid|عبد الحفيظ,عبدالحفيظ|ʿAbd al-Ḥafīẓ
Mustapha|m||Mustapha,Moustapha,Mustafa,Mostafa|Mustafa,Mustapha,Mostafa|Mustapha,Moestafa,Mustafa|Mustafa,Mostafa|Mustapha,Mostafa,Moustapha|مصطفى|Muṣṭafā
Rachid|m||Rachid,Rachide,Rashid|Rachid,Rashid,Rachíd|Rachid,Rasjid,Rachied|Rashid,Rasheed|Rachid|رشيد|Rashīd
Said|m||Saïd,Said,Saïde|Saíd,Said,Sayid|Saïd,Said,Saaid|Said,Saeed,Saeid|Said,Saaid|سعيد|Saʿīd
Saad|m||Saad,Saâd|Saad,Saád|Saad,Sa'ad|Saad,Sa'd|Saad|سعد|Saʿd
Hassan|m||Hassan,Hassane,Hasan|Hasan,Hassan|Hassan,Hasan|Hassan,Hasan|Hassan,Hassane|حسن|Ḥasan
Hussein|m||Houssein,Hussein,Hocine,Houcine|Husein,Hussein,Husain|Hoessein,Hussein|Husayn,Hussein,Hussain|Houssine,Houcine,Hussein|حسين|Ḥusayn
Lahcen|m||Lahcen,Lahcène,Lahsen,Lahssen|Lahsen,Lahcen|Lahcen,Lahsen|Lahcen,Lahsen,Lahssen|Lahcen,Lahcene,Lhacen|الحسن|al-Ḥasan
Lahoucine|m||Lahoucine,Lhoussaine,Lahoussine,Lahoussain|Lahusin,Lahoucine,Lhusain|Lahoucine,Lahoessine|Lahoucine,Lhoussain|Lahoucine,Lhoussaine,Lhoucine|الحسين|al-Ḥusayn
Ibrahim|m||Ibrahim,Brahim|Ibrahim,Brahim,Ibrahím|Ibrahim,Brahim|Ibrahim,Ibraheem|Brahim,Ibrahim|إبراهيم,ابراهيم|Ibrāhīm
Idriss|m||Driss,Idriss,Idris|Dris,Idris,Driss|Driss,Idris|Idris,Idrees|Driss,Idriss|إدريس,ادريس|Idrīs
Ismail|m||Ismaïl,Ismail,Smaïl,Ismaël|Ismail,Ismael,Ismaíl|Ismail,Ismaël,Ismaiel|Ismail,Ismael,Ismaeel|Ismail,Smail|إسماعيل,اسماعيل|Ismāʿīl
Ilyas|m||Ilyas,Ilias,Ilyass,Iliass|Ilias,Ilyas,Iliás|Ilias,Iliass,Ilyas,Iljas|Ilyas,Ilyaas,Elyas|Ilyas,Ilias,Ilyass|إلياس,الياس|Ilyās
Ayoub|m||Ayoub,Ayoube,Ayyoub|Ayub,Ayoub,Ayúb|Ayoub,Ajoub,Ajoeb|Ayyub,Ayub,Ayoob|Ayoub,Ayyoub|أيوب,ايوب|Ayyūb
Yassine|m||Yassine,Yacine,Yassin,Yasin|Yasín,Yassin,Yasin,Yassine|Yassine,Jassin,Yassin,Jasin|Yasin,Yaseen,Yassin|Yassine,Yassin|ياسين|Yāsīn
Oussama|m||Oussama,Ousama,Osama|Usama,Osama,Oussama|Oussama,Oesama,Osama|Usama,Osama,Usamah|Oussama,Ossama|أسامة,اسامة|Usāma
Hamza|m||Hamza,Hamzah|Hamza,Hamzah|Hamza,Hamzah|Hamza,Hamzah|Hamza|حمزة,حمزه|Ḥamza
Bilal|m||Bilal,Bilel,Billal|Bilal,Bilál|Bilal,Bilaal|Bilal,Bilaal|Bilal|بلال|Bilāl
Anouar|m||Anouar,Anwar|Anuar,Anwar,Anouar|Anouar,Anwar,Anoar|Anwar,Anouar|Anouar,Anwar|أنوار,انوار|Anwār
Anas|m||Anas,Anass|Anás,Anas|Anas,Anass|Anas|Anas,Anass|أنس,انس|Anas
Tarik|m||Tarik,Tarek,Tariq|Tarik,Tárik,Tarek|Tarik,Tarek,Tariq|Tariq,Tarek,Tareq|Tarik,Tarek|طارق|Ṭāriq
Karim|m||Karim|Karim,Carim,Karím|Karim,Kariem|Karim,Kareem|Karim|كريم|Karīm
Nabil|m||Nabil,Nabile|Nabil,Nabíl|Nabil,Nabiel|Nabil,Nabeel|Nabil|نبيل|Nabīl
Samir|m||Samir|Samir,Samír|Samir,Samier|Samir,Sameer|Samir|سمير|Samīr
Farid|m||Farid|Farid,Faríd|Farid,Faried|Farid,Fareed|Farid|فريد|Farīd
Hamid|m||Hamid|Hamid,Hamíd|Hamid,Hamied|Hamid,Hameed|Hamid|حميد|Ḥamīd
Hakim|m||Hakim|Hakim,Hakím|Hakim,Hakiem|Hakim,Hakeem|Hakim|حكيم|Ḥakīm
Jamal|m||Jamal,Djamal,Jamel|Yamal,Jamal|Jamal,Djamal|Jamal,Jamaal|Jamal|جمال|Jamāl
Kamal|m||Kamal,Kamel|Kamal,Kamál|Kamal,Kamaal|Kamal,Kamaal|Kamal|كمال|Kamāl
Najib|m||Najib,Nadjib|Nayib,Najib|Najib,Nadjib|Najib,Najeeb|Najib|نجيب|Najīb
Majid|m||Majid,Madjid|Mayid,Majid|Majid,Madjid|Majid,Majeed|Majid|مجيد|Majīd
Mourad|m||Mourad,Morad|Murad,Morad|Mourad,Moerad,Murad|Murad,Mourad|Mourad|مراد|Murād
Mounir|m||Mounir,Monir|Munir,Monir|Mounir,Moenir,Munir|Munir,Muneer|Mounir|منير|Munīr
Mehdi|m|p:el|Mehdi,El Mehdi,Elmehdi,Mahdi|Mehdi,Mahdi,El Mahdi|Mehdi,Mahdi|Mahdi,al-Mahdi|El Mehdi,Elmehdi,Mehdi|المهدي,مهدي|al-Mahdī
Larbi|m|p:el|Larbi,El Arbi,Elarbi|Larbi,El Arbi|Larbi,Laarbi|al-Arabi,Larbi|Larbi,Laarbi,El Arbi|العربي|al-ʿArabī
Mokhtar|m|p:el|Mokhtar,El Mokhtar|Mojtar,Mokhtar,Mujtar|Mokhtar,Mochtar|Mukhtar,al-Mukhtar|Mokhtar,El Mokhtar,Elmokhtar|المختار,مختار|al-Mukhtār
Tayeb|m|p:el|Tayeb,Taïeb,Et-Tayeb,Ettayeb|Tayeb,Taieb,Tayib|Tayeb,Tajeb|Tayyib,al-Tayyib,Tayeb|Tayeb,Ettayeb|الطيب|al-Ṭayyib
Maati|m|p:el|Maâti,Maati,El Maati,Elmaati|Maati,El Maati|Maati,Elmaati|al-Muti,Maati|Maati,El Maati,Elmaati|المعطي|al-Muʿṭī
Jilali|m|p:el|Jilali,Djilali,El Jilali,Jillali|Yilali,Jilali|Jilali,Djilali|al-Jilali,Jilali|Jilali,El Jilali,Jillali|الجيلالي|al-Jīlālī
Bouchaib|m|p:bou|Bouchaïb,Bouchaib|Buchaib,Bouchaib,Buxaib|Bouchaib,Boechaib|Bushaib,Abu Shuaib,Bouchaib|Bouchaib,Bouchaïb|بوشعيب|Abū Shuʿayb
Bouazza|m|p:bou|Bouazza,Bouâzza|Buazza,Bouazza|Bouazza,Boeazza|Bu Azza,Bouazza|Bouazza|بوعزة|
Miloud|m||Miloud|Milud,Miloud|Miloud,Miloed|Milud,Miloud|Miloud|ميلود|Mīlūd
Mimoun|m||Mimoun,Maïmoun|Mimun,Mimoun|Mimoun,Mimoen|Maymun,Mimoun|Mimoun,Maimoun|ميمون|Maymūn
Mbarek|m||M'barek,Mbarek,Embarek|Mbarek,Embarek|Mbarek,M'barek|Mubarak,Mbarek|Mbarek,M'barek,Mbark|امبارك,مبارك|Mubārak
Omar|m||Omar|Omar,Umar|Omar|Umar,Omar|Omar|عمر|ʿUmar
Othmane|m||Othmane,Otmane|Otman,Utman,Otmane|Othman,Otman,Othmane|Uthman,Othman,Usman|Othmane,Otmane,Outhmane|عثمان|ʿUthmān
Ali|m||Ali|Alí,Ali|Ali|Ali|Ali|علي|ʿAlī
Aziz|m||Aziz|Azis,Aziz|Aziz,Aziez|Aziz,Azeez|Aziz|عزيز|ʿAzīz
Adil|m||Adil,Adel|Adil,Adel|Adil,Aadil,Adel|Adil,Adel,Aadil|Adil,Adel|عادل|ʿĀdil
Amine|m||Amine,Amin|Amín,Amin,Amine|Amine,Amin,Amien|Amin,Ameen|Amine,Amin|أمين,امين|Amīn
Reda|m||Reda,Rida,Ridha|Reda,Rida|Reda,Rida|Rida,Ridha,Redha|Reda,Rida|رضى,رضا|Riḍā
Salaheddine|m|c|Salaheddine,Salah-Eddine,Salah Eddine,Salahdine|Salahedin,Salah Edin|Salaheddine,Salahdin,Salah Eddine|Salah al-Din,Salahuddin|Salaheddine,Salah-Eddine,Salahddine|صلاح الدين|Ṣalāḥ al-Dīn
Badreddine|m|c|Badreddine,Badr-Eddine,Badr Eddine|Badredin,Badr Edin|Badreddine,Badr Eddine|Badr al-Din,Badruddin|Badreddine,Badr-Eddine|بدر الدين|Badr al-Dīn
Alaeddine|m|c|Alaeddine,Ala Eddine,Alae Eddine,Ala-Eddine|Alaedin,Alaeddine|Alaeddine,Alaedin|Ala al-Din,Alauddin,Aladdin|Alaeddine,Alae-Eddine|علاء الدين|ʿAlāʾ al-Dīn
Zineddine|m|c|Zineddine,Zinedine,Zine-Eddine,Zine Eddine|Zinedín,Zinedine|Zinedine,Zineddine|Zayn al-Din,Zainuddin,Zain ud-Din|Zineddine,Zine-Eddine|زين الدين|Zayn al-Dīn
Seifeddine|m|c|Seifeddine,Seif-Eddine,Seif Eddine,Saifeddine|Seifedin,Seifeddine|Seifeddine,Seifedine|Sayf al-Din,Saifuddin,Saif al-Din|Seifeddine,Saif-Eddine|سيف الدين|Sayf al-Dīn
Charafeddine|m|c|Charafeddine,Charaf-Eddine,Charaf Eddine,Cherafeddine|Charafedin,Charafeddine|Charafeddine,Sjarafeddine|Sharaf al-Din,Sharafuddin|Charafeddine,Charaf-Eddine|شرف الدين|Sharaf al-Dīn
Nasreddine|m|c|Nasreddine,Nasr-Eddine,Nasr Eddine,Nasredine|Nasredín,Nasredin|Nasreddine,Nasredin|Nasr al-Din,Nasruddin|Nasreddine,Nasr-Eddine|نصر الدين|Naṣr al-Dīn
Jaouad|m||Jaouad,Jawad,Djaouad|Yauad,Yawad,Jawad|Jaouad,Jawad|Jawad,Jawwad|Jaouad,Jawad|جواد|Jawād
Soufiane|m||Soufiane,Sofiane,Sofian|Sufian,Sofian,Sufyan|Soufiane,Soufian,Soefian,Sofyan|Sufyan,Sofian,Sufian|Soufiane,Soufyane|سفيان|Sufyān
Younes|m||Younes,Younès,Younis|Yunes,Younes,Yunés|Younes,Joenes,Younis|Yunus,Younis,Younes|Younes|يونس|Yūnus
Yahya|m||Yahya,Yahia|Yahia,Yahya|Yahya,Jahja,Yahia|Yahya,Yahia|Yahya,Yahia|يحيى,يحيا|Yaḥyā
Zouhair|m||Zouhair,Zouheir,Zohair|Zuhair,Zouhair|Zouhair,Zoehair|Zuhair,Zuhayr|Zouhair,Zouhir|زهير|Zuhayr
Houssam|m||Houssam,Houssame,Hossam|Husam,Housam|Houssam,Hoessam|Husam,Hossam|Houssam,Houssame|حسام|Ḥusām
Ayman|m||Aymane,Ayman,Aïmane,Aimane|Aiman,Ayman|Ayman,Ajman,Aymane|Ayman,Aiman|Aymane,Ayman,Aimane|أيمن,ايمن|Ayman
Walid|m||Walid,Oualid|Ualid,Walid|Walid,Oualid,Oealid|Walid,Waleed|Oualid,Walid|وليد|Walīd
Marouane|m||Marouane,Marwane,Marwan|Maruan,Marwan|Marouane,Marwan,Maroean|Marwan|Marouane,Marwane|مروان|Marwān
Mouad|m||Mouad,Mouâd,Moad|Muad,Moad|Mouad,Moead,Moad|Muadh,Muad,Mu'adh|Mouad,Mouaad|معاذ|Muʿādh
Achraf|m||Achraf,Ashraf|Achraf,Ashraf,Axraf|Achraf,Asjraf,Ashraf|Ashraf|Achraf|أشرف,اشرف|Ashraf
Hatim|m||Hatim,Hatem|Hatim,Hátim,Hatem|Hatim,Hatem|Hatim,Hatem|Hatim|حاتم|Ḥātim
Taoufik|m||Taoufik,Taoufiq,Tawfik,Toufik|Taufik,Tawfik,Taufiq|Taoufik,Taoefik,Tawfik|Tawfiq,Taufiq,Tawfik|Taoufik,Taoufiq|توفيق|Tawfīq
Fouad|m||Fouad,Fouâd,Fuad|Fuad,Fouad|Fouad,Foead,Fuad|Fuad,Fouad|Fouad|فؤاد,فواد|Fuʾād
Mohssine|m||Mohssine,Mohcine,Mohsine,Mohsin|Mohsin,Mohsine|Mohssine,Mohsin|Muhsin,Mohsin|Mohcine,Mohssine,Mohsine|محسن|Muḥsin
Jaafar|m||Jaafar,Jaâfar,Djaafar,Jafar|Yafar,Jafar,Yaafar|Jaafar,Jafar|Jafar,Ja'far,Jaafar|Jaafar,Jaâfar|جعفر|Jaʿfar
Ishak|m||Ishak,Ishaq|Ishak,Ishaq|Ishak,Ishaak|Ishaq,Is'haq|Ishak,Ishaq|إسحاق,اسحاق|Isḥāq
Lotfi|m||Lotfi,Lutfi,Lotfy|Lotfi,Lutfi|Lotfi,Loetfi|Lutfi,Lotfi|Lotfi|لطفي|Luṭfī
Redouane|m||Redouane,Redwane,Ridouane,Redwan|Reduan,Ridwan,Redouan|Redouan,Redouane,Redoean,Ridouan|Ridwan,Redwan|Redouane,Ridouane|رضوان|Riḍwān
Khalil|m||Khalil|Jalil,Khalil|Khalil,Chalil|Khalil,Khaleel|Khalil|خليل|Khalīl
Hafid|m||Hafid,Hafidh,Hafed|Hafid,Háfid|Hafid,Hafied|Hafiz,Hafeez,Hafidh|Hafid|حفيظ|Ḥafīẓ
Imad|m||Imad,Imade,Imed|Imad,Imád|Imad,Imaad|Imad,Emad|Imad,Imade|عماد|ʿImād
Nassim|m||Nassim,Nacim,Nasim|Nasim,Nassim|Nassim,Nasiem|Nasim,Naseem|Nassim,Nassime|نسيم|Nasīm
Rayan|m||Rayan,Rayane|Rayán,Rayan|Rayan,Rajan|Rayyan,Rayan|Rayane,Rayan|ريان|Rayyān
Adam|m||Adam|Adam|Adam|Adam|Adam|آدم,ادم|Ādam
Nizar|m||Nizar|Nizar,Nisar|Nizar,Nizaar|Nizar,Nizaar|Nizar|نزار|Nizār
Idir|m||Idir,Yidir|Idir,Yidir|Idir|Yidir,Idir|Idir|إيدير,يدير|
Massinissa|m||Massinissa,Masinissa,Massinisa|Masinisa,Massinissa|Massinissa,Masinissa|Masinissa,Massinissa|Massinissa|ماسينيسا|
Yuba|m||Youba,Yuba,Juba|Yuba|Joeba,Youba,Yuba|Yuba,Juba|Youba,Yuba|يوبا|
Koceila|m||Koceila,Kouceila,Kusaila,Koussaila|Kusaila,Koceila|Koceila,Koesaila|Kusayla,Kusaila|Koceila,Kousseila|كسيلة|Kusayla
Mazigh|m||Mazigh,Mazig|Mazig,Mazigh|Mazigh|Mazigh|Mazigh|مازيغ|
Hammou|m||Hammou,Hamou,Hemmou|Hamu,Hammu|Hammou,Hammoe|Hammu|Hammou,Hamou|حمو|
Haddou|m||Haddou,Hadou|Haddu,Hadu|Haddou,Haddoe|Haddu|Haddou|حدو|
Fatima|f||Fatima,Fatma,Fatéma|Fátima,Fatima|Fatima,Fatma|Fatima,Fatimah|Fatima,Fatma|فاطمة|Fāṭima
Fatima Zahra|f|c|Fatima-Zahra,Fatima Zahra,Fatimazahra,Fatima Ezzahra|Fátima Zahra,Fatima Zahra,Fatimazahra|Fatima-Zahra,Fatima Zahra,Fatimazahra|Fatima al-Zahra,Fatima Zahra,Fatimah al-Zahra|Fatima-Zahra,Fatima Ezzahra,Fatima-Ezzahra|فاطمة الزهراء,فاطمة الزهرة|Fāṭima al-Zahrāʾ
Nour El Houda|f|c|Nour El Houda,Nourelhouda,Nour-El-Houda,Nour Elhouda|Nur el Huda,Nourelhouda|Nour El Houda,Noerelhoeda,Nourelhouda|Nur al-Huda,Noor ul Huda,Nour al-Houda|Nour El Houda,Nourelhouda,Nour-Elhouda|نور الهدى|Nūr al-Hudā
Tinhinane|f|c|Tinhinane,Tin Hinane,Tinhinan|Tinhinan,Tin Hinan|Tinhinane,Tinhinan|Tin Hinan,Tinhinan|Tinhinane|تينهينان|
Khadija|f||Khadija,Khadidja,Khadîja|Jadiya,Jadija,Khadija|Khadija,Chadija,Khadidja|Khadija,Khadijah,Khadeeja|Khadija|خديجة|Khadīja
Aicha|f||Aïcha,Aicha,Aïsha|Aixa,Aicha,Aisha|Aicha,Aïcha,Aisja|Aisha,Aishah,A'isha|Aicha,Aïcha|عائشة,عيشة|ʿĀʾisha
Zineb|f||Zineb,Zaineb,Zeineb,Zeinab|Zineb,Zainab|Zineb,Zeinab,Zainab|Zaynab,Zainab,Zeinab|Zineb,Zaineb|زينب|Zaynab
Meryem|f||Meryem,Meriem,Mariam,Maryam|Mariam,Meryem,Maryam|Meryem,Mariam,Meriam|Maryam,Mariam|Meryem,Meriem,Maryem|مريم|Maryam
Bouchra|f||Bouchra,Bochra,Bushra|Buchra,Bushra,Bouchra|Bouchra,Boesjra,Boechra|Bushra,Bushrah|Bouchra|بشرى|Bushrā
Naima|f||Naïma,Naima|Naima,Naíma|Naima,Naïma|Naima,Na'ima,Naeema|Naima,Naaima|نعيمة|Naʿīma
Rachida|f||Rachida,Rashida|Rachida,Rashida|Rachida,Rasjida|Rashida,Rasheeda|Rachida|رشيدة|Rashīda
Saida|f||Saïda,Saida|Saída,Saida|Saïda,Saida|Saida,Saeeda|Saida,Saaida|سعيدة|Saʿīda
Karima|f||Karima|Karima,Carima|Karima,Kariema|Karima,Kareema|Karima|كريمة|Karīma
Nadia|f||Nadia,Nadiya|Nadia|Nadia,Nadja|Nadia,Nadiya|Nadia|نادية|Nādiya
Samira|f||Samira|Samira|Samira,Samiera|Samira,Sameera|Samira|سميرة|Samīra
Samia|f||Samia,Samiya|Samia|Samia,Samja|Samia,Samiya|Samia|سامية|Sāmiya
Latifa|f||Latifa,Latifah|Latifa|Latifa,Latiefa|Latifa,Latifah,Lateefa|Latifa|لطيفة|Laṭīfa
Malika|f||Malika|Malika|Malika|Malika,Maleeka|Malika|مليكة|Malīka
Amina|f||Amina,Aminah|Amina|Amina,Amiena|Amina,Aminah,Ameena|Amina|أمينة,امينة|Amīna
Hanane|f||Hanane,Hanan|Hanan|Hanan,Hanane|Hanan|Hanane,Hanan|حنان|Ḥanān
Hanae|f||Hanae,Hanaa,Hana|Hanae,Hana|Hanae,Hanaa|Hana,Hanaa|Hanae,Hanaa|هناء|Hanāʾ
Imane|f||Imane,Iman,Imen|Imán,Iman|Imane,Iman|Iman,Eman|Imane|إيمان,ايمان|Īmān
Ikram|f||Ikram,Ikrame|Ikram|Ikram,Ikraam|Ikram|Ikrame,Ikram|إكرام,اكرام|Ikrām
Houda|f||Houda,Huda,Hoda|Huda,Houda|Houda,Hoeda|Huda,Hoda|Houda|هدى|Hudā
Hajar|f||Hajar,Hadjar,Hajer|Hayar,Hajar|Hajar,Hadjar|Hajar,Hagar|Hajar|هاجر|Hājar
Salma|f||Salma,Selma|Salma|Salma|Salma|Salma|سلمى|Salmā
Souad|f||Souad,Souâd,Suad|Suad,Souad|Souad,Soead|Suad,Souad|Souad|سعاد|Suʿād
Hafsa|f||Hafsa,Hafssa|Hafsa|Hafsa,Hafsah|Hafsa,Hafsah|Hafsa,Hafssa|حفصة|Ḥafṣa
Asmae|f||Asmae,Asmaa,Asma,Asmâa|Asmae,Asma,Asmaa|Asmae,Asmaa,Asma|Asma,Asmaa|Asmae,Asmaa|أسماء,اسماء|Asmāʾ
Wafae|f||Ouafae,Wafae,Wafaa,Wafa|Uafae,Wafae,Wafa|Wafae,Ouafae,Wafaa|Wafa,Wafaa|Ouafae,Wafae|وفاء|Wafāʾ
Safae|f||Safae,Safaa,Safa,Safâa|Safae,Safa|Safae,Safaa|Safa,Safaa|Safae,Safaa|صفاء|Ṣafāʾ
Loubna|f||Loubna,Lubna|Lubna,Loubna|Loubna,Loebna,Lubna|Lubna|Loubna|لبنى|Lubnā
Sanae|f||Sanae,Sanaa,Sana|Sanae,Sana|Sanae,Sanaa,Sana|Sana,Sanaa|Sanae,Sanaa|سناء|Sanāʾ
Siham|f||Siham,Sihame|Siham|Siham,Sihaam|Siham|Siham,Sihame|سهام|Sihām
Ilham|f||Ilham,Ilhame|Ilham|Ilham|Ilham,Elham|Ilham,Ilhame|إلهام,الهام|Ilhām
Khaoula|f||Khaoula,Khawla|Jaula,Jawla,Khaoula|Khaoula,Khawla|Khawla,Khaula|Khaoula|خولة|Khawla
Chaimae|f||Chaïmae,Chaimae,Chaïma,Chaima,Shaima|Chaimae,Xaima,Chaima|Chaimae,Sjaima,Chaima|Shaima,Shaimaa,Shayma|Chaimae,Chaimaa|شيماء|Shaymāʾ
Oumaima|f||Oumaima,Oumayma,Oumaïma|Umaima,Oumaima,Umayma|Oumaima,Oemaima|Umaima,Umayma,Omaima|Oumaima,Oumayma|أميمة,اميمة|Umayma
Dounia|f||Dounia,Donia,Dunia|Dunia,Dounia|Dounia,Doenja,Dunya|Dunya,Dunia|Dounia,Douniya|دنيا|Dunyā
Ghizlane|f||Ghizlane,Ghislane,Ghizlaine,Rhizlane|Guizlan,Gizlane,Ghizlane|Ghizlane,Ghizlan|Ghizlan|Ghizlane,Rhizlane,Ghizlaine|غزلان|Ghizlān
Kaoutar|f||Kaoutar,Kawtar,Kaouthar|Kautar,Kawtar|Kaoutar,Kawtar|Kawthar,Kawtar|Kaoutar|كوثر|Kawthar
Soukaina|f||Soukaina,Soukayna,Sokaina,Soukaïna|Sukaina,Soukaina|Soukaina,Soekaina|Sukayna,Sukaina|Soukaina,Soukayna|سكينة|Sukayna
Yasmina|f||Yasmina,Yasmine|Yasmina,Yasmín|Yasmina,Jasmina,Yasmine|Yasmin,Yasmina|Yasmina,Yasmine|ياسمينة,ياسمين|Yāsmīna
Nawal|f||Nawal,Naoual,Nawel|Naual,Nawal|Nawal,Naoual|Nawal|Naoual,Nawal|نوال|Nawāl
Ibtissam|f||Ibtissam,Btissam,Ibtissame,Ibtisam|Ibtisam,Btisam|Ibtissam,Btissam|Ibtisam,Ibtissam|Ibtissam,Btissam,Ibtissame|ابتسام|Ibtisām
Jihane|f||Jihane,Jihan,Djihane|Yihan,Jihan|Jihane,Jihan|Jihan,Gihan|Jihane,Jihan|جيهان|Jīhān
Mouna|f||Mouna,Mona,Muna|Muna,Mona|Mouna,Moena,Mona|Muna,Mona|Mouna,Mona|منى|Munā
Rkia|f||Rkia,Rqia,Rokia,Roqia|Rukia,Rkia|Rkia,Rokia|Ruqayya,Ruqaya,Rukia|Rkia,Rqia|رقية|Ruqayya
Hayat|f||Hayat,Hayate|Hayat,Hayát|Hayat,Hajat|Hayat,Hayaat|Hayat|حياة|Ḥayāt
Hasna|f||Hasna,Hasnaa,Hasnae|Hasna,Hasnae|Hasna,Hasnaa|Hasna,Husna,Hasnaa|Hasnaa,Hasnae,Hasna|حسناء|Ḥasnāʾ
Warda|f||Ouarda,Warda|Uarda,Warda|Warda,Ouarda|Warda,Wardah|Ouarda,Warda|وردة|Warda
Sara|f||Sara,Sarah|Sara|Sara,Sarah|Sarah,Sara|Sara,Sarah|سارة,ساره|Sāra
Nisrine|f||Nisrine,Nesrine,Nessrine|Nisrin,Nesrin,Nisrine|Nisrine,Nesrine,Nisrien|Nisreen,Nesreen,Nisrin|Nisrine,Nesrine|نسرين|Nisrīn
Widad|f||Widad,Ouidad,Widade|Uidad,Widad|Widad,Ouidad|Widad,Wedad|Ouidad,Widad|وداد|Widād
Amal|f||Amal,Amel|Amal|Amal,Amel|Amal,Amaal|Amal|أمل,امل|Amal
Nezha|f||Nezha,Nazha,Nouzha|Nezha,Nazha|Nezha|Nuzha,Nazha|Nezha|نزهة|Nuzha
Touria|f||Touria,Thouria,Toria|Turia,Turaya,Touria|Touria,Toeria,Thouria|Thuraya,Thurayya|Touria,Thouria|ثريا|Thurayyā
Halima|f||Halima|Halima,Halíma|Halima,Haliema|Halima,Halimah,Haleema|Halima|حليمة|Ḥalīma
Habiba|f||Habiba|Habiba|Habiba,Habieba|Habiba,Habeeba|Habiba|حبيبة|Ḥabība
Jamila|f||Jamila,Djamila|Yamila,Jamila|Jamila,Djamila|Jamila,Jameela|Jamila|جميلة|Jamīla
Saadia|f||Saadia,Saâdia,Sadia|Saadia,Sadia|Saadia,Saadja|Sadia,Saadia,Sa'diyya|Saadia,Saadiya|سعدية|Saʿdiyya
Zohra|f||Zohra,Zahra|Zohra,Zahra|Zohra,Zahra|Zahra,Zohra,Zuhra|Zohra,Zahra|زهرة|Zahra
Itto|f||Itto,Ito,Ittou|Ito,Itto|Itto|Itto|Itto,Ittou|إيطو,ايطو|
Izza|f||Izza,Iza|Iza,Izza|Izza|Izza|Izza|إيزة|
Tifawt|f||Tifaout,Tifawt|Tifaut,Tifawt|Tifaout,Tifawt|Tifawt|Tifaout,Tifawt|تيفاوت|Tifawt
Dihya|f||Dihya,Dyhia,Dihia|Dihia,Dihya|Dihya,Dihja|Dihya,Dihia|Dihya,Dyhia|ديهيا|
Mimouna|f||Mimouna,Maïmouna|Mimuna,Mimouna|Mimouna,Mimoena|Maymuna,Mimouna|Mimouna|ميمونة|Maymūna
Fatiha|f||Fatiha|Fatiha,Fátiha|Fatiha,Fatieha|Fatiha,Fatihah|Fatiha|فتيحة|Fatīḥa
Najat|f||Najat,Nadjat|Nayat,Najat|Najat,Nadjat|Najat,Najaat|Najat|نجاة|Najāt
Najoua|f||Najoua,Najwa,Nejwa|Nayua,Najwa|Najoua,Najwa|Najwa,Nejwa|Najoua,Najwa|نجوى|Najwā
Noura|f||Noura,Nourah|Nura,Noura|Noura,Noera|Nura,Noura,Noorah|Noura|نورة|Nūra
Nour|f||Nour,Nur|Nur,Nour|Nour,Noer,Nur|Nur,Noor|Nour|نور|Nūr
Ghita|f||Ghita,Rhita|Guita,Ghita,Gita|Ghita|Ghita|Ghita,Rhita|غيتة,غيثة|Ghīta
Ikhlass|f||Ikhlass,Ikhlas,Ikhlasse|Ijlas,Ikhlas|Ikhlas|Ikhlas,Ikhlaas|Ikhlass,Ikhlas|إخلاص,اخلاص|Ikhlāṣ
Bahija|f||Bahija,Bahidja|Bahiya,Bahija|Bahija,Bahidja|Bahija,Bahijah|Bahija|بهيجة|Bahīja
Mounia|f||Mounia,Mounya,Monia|Munia,Mounia|Mounia,Moenia|Munya,Muniya|Mounia,Mounya|منية|Munya
Laila|f||Leila,Laila,Leïla,Layla|Leila,Laila|Leila,Laila|Layla,Laila,Leila|Laila,Leila|ليلى|Laylā
Wiam|f||Wiam,Ouiam,Wiame|Uiam,Wiam|Wiam,Ouiam|Wiam,Wi'am|Wiame,Wiam,Ouiam|وئام,ويام|Wiʾām
Soumia|f||Soumia,Soumaya,Soumiya|Sumaya,Soumia|Soumia,Soumaya,Soemaja|Sumayya,Sumaya,Somaya|Soumia,Soumaya,Soumiya|سمية|Sumayya
Yousra|f||Yousra,Yosra,Youssra,Yusra|Yusra,Yosra|Yousra,Joesra,Yusra|Yusra,Yousra|Yousra,Youssra|يسرى|Yusrā
Zakia|f||Zakia,Zakiya|Zakia,Zakiya|Zakia,Zakiya|Zakiya,Zakia,Zakiyya|Zakia|زكية|Zakiyya
Kenza|f||Kenza|Kenza|Kenza|Kenza,Kanza|Kenza|كنزة|
Aya|f||Aya,Ayah|Aya|Aya,Aja|Aya,Ayah|Aya|آية,اية|Āya
Rim|f||Rim,Rime,Reem|Rim|Rim,Riem|Reem,Rim|Rim,Rime|ريم|Rīm
Nabila|f||Nabila|Nabila,Nabíla|Nabila,Nabiela|Nabila,Nabeela|Nabila|نبيلة|Nabīla
Farida|f||Farida|Farida,Faríde|Farida,Fariede|Farida,Fareeda|Farida|فريدة|Farīda
Hakima|f||Hakima|Hakima|Hakima,Hakiema|Hakima,Hakeema|Hakima|حكيمة|Ḥakīma
Aziza|f||Aziza|Azisa,Aziza|Aziza,Azieza|Aziza,Azeeza|Aziza|عزيزة|ʿAzīza
Hamida|f||Hamida|Hamida|Hamida,Hamieda|Hamida,Hameeda|Hamida|حميدة|Ḥamīda
Mounira|f||Mounira,Monira|Munira,Mounira|Mounira,Moenira|Munira,Muneera|Mounira|منيرة|Munīra
"""

# Maghrebi family names / family-name elements.  key|flags|fr|es|nl|en|ma|ar|sc
FAMILY = r"""
El Idrissi|p:el|El Idrissi,Idrissi,Elidrissi,El-Idrissi|Idrisi,El Idrisi,El Idrissi|El Idrissi,Idrissi,El Idrisi|al-Idrisi,Al Idrissi,Idrisi|El Idrissi,Idrissi,Elidrissi|الإدريسي,الادريسي|al-Idrīsī
Alaoui|p:el|Alaoui,El Alaoui,Elalaoui|Alaui,Alaoui,El Alaui|Alaoui,El Alaoui|Alawi,al-Alawi|Alaoui,El Alaoui,Elalaoui|العلوي,علوي|al-ʿAlawī
Benali|p:ben|Benali,Ben Ali,Ben-Ali|Benali,Ben Ali,Ben Alí|Benali,Ben Ali|Ben Ali,Bin Ali|Benali,Ben Ali|بنعلي,بن علي|Bin ʿAlī
Bennani||Bennani,Benani|Benani,Bennani|Bennani,Benani|Bennani,Binnani|Bennani|بناني|Bannānī
Tazi|p:el|Tazi,Tazy|Tazi|Tazi|Tazi,al-Tazi|Tazi|التازي,تازي|al-Tāzī
El Fassi|p:el|El Fassi,Fassi,Elfassi,El-Fassi|El Fasi,Fasi,El Fassi|El Fassi,Fassi|al-Fasi,Al Fassi,Fassi|El Fassi,Fassi,Elfassi|الفاسي,فاسي|al-Fāsī
Fassi-Fihri|c|Fassi-Fihri,Fassi Fihri,Fassifihri,El Fassi El Fihri|Fasi Fihri,Fassi-Fihri,Fassi Fihri|Fassi-Fihri,Fassi Fihri|al-Fasi al-Fihri,Fassi Fihri|Fassi-Fihri,Fassi Fihri,El Fassi El Fihri|الفاسي الفهري|al-Fāsī al-Fihrī
Bennis||Bennis,Benis|Bennis,Benis|Bennis|Bennis,Binnis|Bennis|بنيس|Bannīs
Benjelloun|p:ben|Benjelloun,Ben Jelloun,Benjeloun|Benyelún,Benjelloun,Ben Yelun|Benjelloun,Ben Jelloun,Benjelloen|Benjelloun,Bin Jallun|Benjelloun,Ben Jelloun|بنجلون,بن جلون|Bin Jallūn
Berrada||Berrada,Berada|Berrada,Berada|Berrada|Barrada,Berrada|Berrada|برادة|Barrāda
Chraibi||Chraïbi,Chraibi,Cheraibi|Chraibi,Xraibi|Chraibi,Chraïbi|Shraybi,Chraibi,al-Sharaibi|Chraibi,Chraïbi|الشرايبي,شرايبي|al-Sharāyibī
Lahlou||Lahlou,Lahlu|Lahlu,Lahlou|Lahlou,Lahloe|Lahlu,Lahlou|Lahlou|لحلو|Laḥlū
Sebti|p:el|Sebti,Sebty|Sebti|Sebti|Sabti,Sebti,al-Sabti|Sebti|السبتي,سبتي|al-Sabtī
Guessous||Guessous,Gassous|Guesus,Guessous|Guessous,Gessoes|Gassus,Guessous|Guessous|كسوس,گسوس|Gassūs
Kettani|p:el|Kettani,El Kettani,Kittani,Elkettani|Ketani,El Ketani,Kettani|Kettani,El Kettani|al-Kattani,Kattani,Kettani|Kettani,El Kettani|الكتاني,كتاني|al-Kattānī
Slaoui||Slaoui,Slawi|Slaui,Slaoui|Slaoui,Slaoei|Slawi,Slaoui|Slaoui|السلاوي,سلاوي|al-Salāwī
Benkirane|p:ben|Benkirane,Ben Kirane,Benkiran|Benkiran,Ben Kiran|Benkirane,Benkiran|Benkiran,Bin Kiran|Benkirane,Ben Kirane|بنكيران,بن كيران|Bin Kīrān
Cherkaoui|p:el|Cherkaoui,Cherqaoui,Charkaoui,El Cherkaoui|Cherkaui,Cherkaoui|Cherkaoui,Cherkaoei|Sharqawi,al-Sharqawi,Cherkaoui|Cherkaoui,Cherqaoui|الشرقاوي,شرقاوي|al-Sharqāwī
Ouazzani|p:el|Ouazzani,El Ouazzani,Ouazani,Elouazzani|Uazzani,Wazani,Ouazzani,El Uazani|Ouazzani,Wazzani,El Ouazzani|Wazzani,al-Wazzani,Ouazzani|Ouazzani,El Ouazzani|الوزاني,وزاني|al-Wazzānī
Touzani||Touzani,Touzany|Tuzani,Touzani|Touzani,Toezani|Tuzani,Touzani|Touzani|التوزاني,توزاني|al-Tūzānī
Tahiri|p:el|Tahiri,Et-Tahiri,Ettahiri|Tahiri,Et Tahiri|Tahiri,Ettahiri|Tahiri,al-Tahiri|Tahiri,Ettahiri,Et-Tahiri|الطاهري,طاهري|al-Ṭāhirī
Belhaj||Belhaj,Belhadj,Bel Haj,Bel Hadj|Belhach,Belhaj,Bel Hach|Belhaj,Belhadj|Belhaj,Bel Hajj,Bilhajj|Belhaj,Belhadj|بلحاج,بالحاج|Bilḥājj
Bouzid|p:bou|Bouzid,Bou Zid,Bouzide|Buzid,Bouzid,Bu Zid|Bouzid,Boezid|Bouzid,Buzayd|Bouzid|بوزيد|Bū Zayd
Boukhari|p:el|Boukhari,El Boukhari,Elboukhari|Bujari,Bukhari,El Bujari|Boukhari,El Boukhari,Boechari|Bukhari,al-Bukhari|Boukhari,El Boukhari|البخاري,بخاري|al-Bukhārī
El Amrani|p:el|El Amrani,Amrani,Elamrani,El-Amrani|El Amrani,Amrani|El Amrani,Amrani,Elamrani|al-Amrani,Amrani|El Amrani,Amrani,Elamrani,Lamrani|العمراني,عمراني|al-ʿAmrānī
El Omari|p:el|El Omari,Omari,Elomari|El Omari,Omari,El Umari|El Omari,Omari,El Oemari|al-Umari,Omari|El Omari,Omari,Elomari|العمري,عمري|al-ʿUmarī
Ziani||Ziani,Zyani|Ziani|Ziani|Zayani,Ziani|Ziani,Zyani|الزياني,زياني|al-Zayyānī
Hajji|p:el|Hajji,El Hajji,Hadji,Elhajji|Hajji,El Hajji|Hajji,Hadji,El Hajji|Hajji,al-Hajji|Hajji,El Hajji,Elhajji|الحجي,حجي|al-Ḥajjī
Chaib||Chaïb,Chaib|Chaib,Xaib,Chaíb|Chaib,Sjaib,Chaïb|Shaib,Chaib|Chaib,Chaïb|الشايب,شايب|al-Shāyib
Ait Ahmed|p:ait|Aït Ahmed,Ait Ahmed,Ait-Ahmed,Aït-Ahmed|Ait Ahmed,Aït Ahmed|Ait Ahmed,Aït Ahmed|Ait Ahmed,Ayt Ahmed|Ait Ahmed,Aitahmed|آيت أحمد,ايت احمد|Āyt Aḥmad
Ait Baha|p:ait|Aït Baha,Ait Baha,Ait-Baha|Ait Baha|Ait Baha,Aït Baha|Ait Baha,Ayt Baha|Ait Baha,Aitbaha|آيت باها,ايت باها|
Ait Lahcen|p:ait|Aït Lahcen,Ait Lahcen,Ait Lahsen,Ait-Lahcen|Ait Lahsen,Ait Lahcen|Ait Lahcen,Ait Lahsen|Ait Lahsen,Ayt Lahsen|Ait Lahcen,Aitlahcen|آيت الحسن,ايت لحسن|
Ait Ali|p:ait|Aït Ali,Ait Ali,Ait-Ali|Ait Ali,Ait Alí|Ait Ali|Ait Ali,Ayt Ali|Ait Ali,Aitali|آيت علي,ايت علي|
Ait Brahim|p:ait|Aït Brahim,Ait Brahim,Ait-Brahim|Ait Brahim|Ait Brahim|Ait Ibrahim,Ayt Brahim|Ait Brahim,Aitbrahim|آيت إبراهيم,ايت ابراهيم|
Amzil||Amzil,Amzile|Amzil|Amzil,Amziel|Amzil|Amzil,Amzile|أمزيل,امزيل|
Oufkir||Oufkir,Oufqir|Ufkir,Oufkir|Oufkir,Oefkir|Ufqir,Oufkir|Oufkir|أوفقير,اوفقير|
Ouhammou|p:ou|Ouhammou,Ou Hammou,Ouhamou|Uhammu,Ouhammou|Ouhammou,Oehammoe|Uhammu,Ouhammou|Ouhammou,Ouhamou|أوحمو,اوحمو|
Oubaha|p:ou|Oubaha,Ou Baha|Ubaha,Oubaha|Oubaha,Oebaha|Ubaha,Oubaha|Oubaha|أوباها,اوباها|
Ouakrim|p:ou|Ouakrim,Ou Akrim,Ouakrime|Uakrim,Ouakrim|Ouakrim,Oeakrim|Wakrim,Ouakrim|Ouakrim|أوكريم,واكريم|
Izem||Izem,Izzem|Izem|Izem|Izem|Izem,Izzem|إيزم,ايزم|
Amghar||Amghar,Amrhar,Amrar|Amgar,Amghar|Amghar,Amrhar|Amghar|Amghar,Amrhar|أمغار,امغار|
Amellal||Amellal,Amelal|Amelal,Amellal|Amellal|Amellal|Amellal|أملال,املال|
Aberkane||Aberkane,Aberkan,Abarkan|Aberkan,Abarkan|Abarkan,Aberkan,Abarkane|Abarkan,Aberkane|Aberkane,Abarkane|أبركان,ابركان|
Azarkan||Azarkan,Azerkan,Azzarkan|Azarcán,Azarkan|Azarkan,Azerkan|Azarqan,Azarkan|Azarkan|أزرقان,ازرقان|
Amezian||Amezian,Amziane,Amazian|Amezian,Amazian|Amezian,Amezyan|Amezian,Amazian,Amzyan|Amezian,Amziane|أمزيان,امزيان|
Agouram||Agouram,Agourram|Agurram,Agouram|Agouram,Agoeram|Agouram,Aguram|Agouram|أكورام,أگورام|
El Ouali|p:el|El Ouali,Elouali,Ouali|El Uali,Uali,El Ouali|El Ouali,El Oeali,Ouali,Elouali|al-Wali,El Wali|El Ouali,Elouali|الوالي,والي|al-Wālī
Boutaher|p:bou|Boutaher,Bou Taher,Boutahar|Butaher,Boutaher|Boutaher,Boetaher,Boutahar|Bu Tahir,Boutaher,Butahir|Boutaher,Boutahar|بوطاهر|Bū Ṭāhir
Aarab||Aarab,Arab|Arab,Aarab|Aarab,Arab,Aaraab|Arab,Aarab|Aarab,Arab|أعراب,اعراب|Aʿrāb
Azzouzi|p:el|Azzouzi,Azouzi,El Azzouzi|Azuzi,Azzouzi|Azzouzi,Azzoezi|Azzuzi,al-Azzuzi|Azzouzi,El Azzouzi|العزوزي,عزوزي|al-ʿAzzūzī
El Khattabi|p:el|El Khattabi,Khattabi,Elkhattabi|El Jatabi,Jatabi,El Khattabi|El Khattabi,Khattabi,El Chattabi|al-Khattabi,Khattabi|El Khattabi,Elkhattabi|الخطابي,خطابي|al-Khaṭṭābī
El Yousfi|p:el|El Yousfi,Yousfi,Elyousfi,El Youssfi|El Yusfi,Yusfi,El Yousfi|El Yousfi,El Joesfi,Yousfi|al-Yusufi,Yousfi|El Yousfi,Elyousfi,Yousfi|اليوسفي,يوسفي|al-Yūsufī
Essaidi|p:el|Essaidi,Es-Saidi,Saidi,El Saidi,Essaïdi|Essaidi,Saidi,Es Saidi|Essaidi,Saidi,Es-Saidi|al-Saidi,as-Saidi,Saidi|Essaidi,Es-Saidi,Saidi|السعيدي,سعيدي|al-Saʿīdī
Ennaciri|p:el|Ennaciri,En-Naciri,Naciri,Ennassiri|Ennasiri,Nasiri,En Nasiri|Ennaciri,Nasiri,En-Naciri|al-Nasiri,an-Nasiri,Nasiri|Ennaciri,Naciri,En-Naciri|الناصري,ناصري|al-Nāṣirī
Errachidi|p:el|Errachidi,Er-Rachidi,Rachidi|Errachidi,Rachidi|Errachidi,Rachidi|al-Rashidi,ar-Rashidi,Rashidi|Errachidi,Er-Rachidi,Rachidi|الرشيدي,رشيدي|al-Rashīdī
Eddahbi|p:el|Eddahbi,Ed-Dahbi,Dahbi,Eddehbi|Edahbi,Dahbi,Eddahbi|Eddahbi,Dahbi|al-Dhahabi,adh-Dhahabi,Dahbi|Eddahbi,Ed-Dahbi,Dahbi|الذهبي,ذهبي|al-Dhahabī
Eddaoudi|p:el|Eddaoudi,Ed-Daoudi,Daoudi,El Daoudi|Edaudi,Daudi,Eddaoudi|Eddaoudi,Daoudi,Eddaoedi|al-Daudi,ad-Dawudi,Daoudi|Eddaoudi,Daoudi|الداودي,داودي|al-Dāwūdī
Essafi|p:el|Essafi,Es-Safi,Safi|Esafi,Essafi,Safi|Essafi,Safi|al-Safi,as-Safi,Safi|Essafi,Es-Safi|الصافي,صافي|al-Ṣāfī
Ezzahraoui|p:el|Ezzahraoui,Ez-Zahraoui,Zahraoui|Ezzahraui,Zahraui|Ezzahraoui,Zahraoui,Ezzahraoei|al-Zahrawi,az-Zahrawi,Zahrawi|Ezzahraoui,Zahraoui|الزهراوي,زهراوي|al-Zahrāwī
Cherif|p:el|Cherif,Chérif,El Cherif|Cherif,Xerif,El Cherif|Cherif,Sjerief,Chérif|Sharif,al-Sharif,Shareef|Cherif,Chrif,El Cherif|الشريف,شريف|al-Sharīf
Oulad Ali|p:ould|Oulad Ali,Ouled Ali,Oulad-Ali|Ulad Ali,Uled Ali,Oulad Ali|Oulad Ali,Oelad Ali|Awlad Ali,Oulad Ali|Oulad Ali|أولاد علي,اولاد علي|Awlād ʿAlī
Ould Ahmed|p:ould|Ould Ahmed,Ould-Ahmed,Ouldahmed|Uld Ahmed,Ould Ahmed|Ould Ahmed,Ould-Ahmed|Wuld Ahmad,Ould Ahmed,Weld Ahmed|Ould Ahmed|ولد أحمد,ولد احمد|Wald Aḥmad
Ould Brahim|p:ould|Ould Brahim,Ould-Brahim|Uld Brahim,Ould Brahim|Ould Brahim|Wuld Ibrahim,Ould Brahim|Ould Brahim|ولد إبراهيم,ولد ابراهيم|
Ould Sidi|p:ould|Ould Sidi,Ould-Sidi,Ouldsidi|Uld Sidi,Ould Sidi|Ould Sidi|Wuld Sidi,Ould Sidi|Ould Sidi|ولد سيدي|
Ould Cheikh|p:ould|Ould Cheikh,Ould Chikh,Ould-Cheikh|Uld Cheij,Ould Cheikh|Ould Cheikh|Wuld Shaykh,Ould Sheikh|Ould Cheikh,Ould Chikh|ولد الشيخ|Wald al-Shaykh
Ben Youssef|p:ben|Ben Youssef,Benyoussef,Ben-Youssef,Benyoucef|Ben Yusef,Benyusef,Ben Youssef|Ben Youssef,Benyoussef|Bin Yusuf,Ben Youssef,Ibn Yusuf|Benyoussef,Ben Youssef|بن يوسف,بنيوسف|Bin Yūsuf
Ben Salah|p:ben|Ben Salah,Bensalah,Ben-Salah|Ben Salah,Bensalah|Ben Salah,Bensalah|Bin Salah,Ben Salah|Bensalah,Ben Salah|بن صالح,بنصالح|Bin Ṣāliḥ
Benmoussa|p:ben|Benmoussa,Ben Moussa|Benmusa,Ben Musa,Benmoussa|Benmoussa,Ben Moussa,Benmoesa|Bin Musa,Ben Moussa|Benmoussa,Ben Moussa|بنموسى,بن موسى|Bin Mūsā
Benaissa|p:ben|Benaïssa,Benaissa,Ben Aïssa,Ben Aissa|Benaisa,Ben Aisa,Benaissa|Benaissa,Ben Aissa|Bin Isa,Ben Aissa|Benaissa,Ben Aissa|بنعيسى,بن عيسى|Bin ʿĪsā
Benhaddou|p:ben|Benhaddou,Ben Haddou|Benhadu,Ben Haddu|Benhaddou,Benhaddoe|Bin Haddu,Benhaddou|Benhaddou|بنحدو,بن حدو|
Benchekroun|p:ben|Benchekroun,Ben Chekroun,Benchakroun|Benchekrun,Benchekroun|Benchekroun,Benchekroen|Bin Shakrun,Benchekroun|Benchekroun,Ben Chekroun|بنشقرون,بن شقرون|Bin Shaqrūn
Bensaid|p:ben|Bensaïd,Bensaid,Ben Saïd,Ben Said|Bensaid,Ben Saíd|Bensaid,Ben Saïd|Bin Said,Bin Saeed,Ben Said|Bensaid,Ben Said|بنسعيد,بن سعيد|Bin Saʿīd
Bensaad|p:ben|Bensaad,Ben Saad,Ben Saâd|Bensaad,Ben Saad|Bensaad|Bin Saad,Ben Saad|Bensaad,Ben Saad|بن سعد,بنسعد|Bin Saʿd
Benabdellah|p:ben|Benabdellah,Ben Abdellah,Benabdallah|Benabdelah,Ben Abdalá,Benabdallah|Benabdellah,Ben Abdellah|Bin Abdullah,Ben Abdallah|Benabdellah,Ben Abdellah|بنعبد الله,بن عبد الله|Bin ʿAbd Allāh
Benabdelkader|p:ben|Benabdelkader,Ben Abdelkader|Benabdelkáder,Ben Abdelkader|Benabdelkader|Bin Abdul Qadir,Ben Abdelkader|Benabdelkader,Ben Abdelkader|بن عبد القادر,بنعبد القادر|Bin ʿAbd al-Qādir
Belkacem||Belkacem,Belgacem,Bel Kacem,Belkassem|Belkasem,Belkacem|Belkacem,Belkassem|Belqasim,Belkacem|Belkacem,Belkassem|بلقاسم|Bilqāsim
Benyahia|p:ben|Benyahia,Ben Yahia,Ben Yahya|Benyahia,Ben Yahya|Benyahia,Ben Jahja|Bin Yahya,Ben Yahia|Benyahia,Ben Yahya|بن يحيى,بنيحيى|Bin Yaḥyā
Boukhris|p:bou|Boukhris,Bou Khris,Boukris|Bujris,Boukhris|Boukhris,Boechris|Bukhris,Boukhris|Boukhris|بوخريص|Bū Khrīṣ
Bouzidi|p:bou|Bouzidi,Bou Zidi|Buzidi,Bouzidi|Bouzidi,Boezidi|Buzidi,Bouzidi|Bouzidi|بوزيدي|Būzīdī
Boussaid|p:bou|Boussaid,Bou Said,Boussaïd|Busaid,Boussaid|Boussaid,Boesaid|Busaid,Bu Said|Boussaid|بوسعيد|Bū Saʿīd
Bouziane|p:bou|Bouziane,Bouzian,Bou Ziane|Buzian,Bouziane|Bouziane,Boeziane|Buzian,Bouziane|Bouziane|بوزيان|Būzyān
Aboulkacem|p:bou|Aboulkacem,Abou El Kacem,Abou-El-Kacem,Aboulkassem|Abulkasem,Abu el Kasem,Aboulkacem|Aboulkacem,Aboelkasem|Abu al-Qasim,Abul Qasim,Abulkasim|Aboulkacem,Abou El Kacem|أبو القاسم,ابو القاسم|Abū al-Qāsim
Aboulouafa|p:bou|Aboulouafa,Abou El Ouafa,Aboulwafa|Abuluafa,Abulwafa|Aboulouafa,Aboulwafa|Abu al-Wafa,Abul Wafa|Aboulouafa,Abou El Ouafa|أبو الوفاء,ابو الوفا|Abū al-Wafāʾ
Aboulfadl|p:bou|Aboulfadl,Abou El Fadl,Aboulfadel|Abulfadl,Abu el Fadl|Aboulfadl,Aboelfadl|Abu al-Fadl,Abul Fadl|Aboulfadl,Abou El Fadl|أبو الفضل,ابو الفضل|Abū al-Faḍl
El Mansouri|p:el|El Mansouri,Mansouri,Elmansouri|El Mansuri,Mansuri,El Mansouri|El Mansouri,Mansouri,El Mansoeri|al-Mansuri,Mansoori,Mansouri|El Mansouri,Mansouri,Elmansouri|المنصوري,منصوري|al-Manṣūrī
Haddad|p:el|Haddad,El Haddad,Elhaddad|Hadad,Haddad,El Hadad|Haddad,El Haddad|Haddad,al-Haddad|Haddad,El Haddad|الحداد,حداد|al-Ḥaddād
Haddadi|p:el|Haddadi,El Haddadi|Hadadi,Haddadi|Haddadi,El Haddadi|Haddadi,al-Haddadi|Haddadi,El Haddadi|الحدادي,حدادي|al-Ḥaddādī
Hakim|p:el|Hakim,El Hakim|Hakim,El Hakim|Hakim|Hakim,al-Hakim|Hakim,El Hakim|الحكيم,حكيم|al-Ḥakīm
Hakimi|p:el|Hakimi,El Hakimi|Hakimi,El Hakimi|Hakimi,El Hakimi|Hakimi,al-Hakimi|Hakimi,El Hakimi|الحكيمي,حكيمي|al-Ḥakīmī
Alami|p:el|Alami,El Alami,Elalami,Alamy|Alami,El Alami|Alami,El Alami|Alami,al-Alami|Alami,El Alami,Elalami|العلمي,علمي|al-ʿAlamī
Hassani|p:el|Hassani,El Hassani,Elhassani|Hasani,Hassani,El Hasani|Hassani,El Hassani|Hassani,al-Hasani|Hassani,El Hassani|الحسني,حسني|al-Ḥasanī
Hamdaoui|p:el|Hamdaoui,El Hamdaoui|Hamdaui,El Hamdaui|Hamdaoui,El Hamdaoui,Hamdaoei|Hamdawi,al-Hamdawi|Hamdaoui,El Hamdaoui|الحمداوي,حمداوي|al-Ḥamdāwī
El Hamouchi|p:el|El Hamouchi,Hamouchi,Elhamouchi|El Hamuchi,Hamuchi|El Hamouchi,El Hamoechi,Hamouchi|al-Hamushi,Hamouchi|El Hamouchi,Hamouchi|الحموشي,حموشي|al-Ḥamūshī
El Makhloufi|p:el|El Makhloufi,Makhloufi,Elmakhloufi|El Majlufi,Majlufi,El Makhloufi|El Makhloufi,Makhloufi,El Machloefi|al-Makhlufi,Makhloufi|El Makhloufi,Makhloufi|المخلوفي,مخلوفي|al-Makhlūfī
El Khayati|p:el|El Khayati,Khayati,El Khayyati,Elkhayati|El Jayati,Jayati,El Khayati|El Khayati,El Chayati,Khayati|al-Khayyati,Khayyati|El Khayati,Khayati|الخياطي,خياطي|al-Khayyāṭī
El Haddouchi|p:el|El Haddouchi,Haddouchi,Elhaddouchi|El Haduchi,Haddouchi|El Haddouchi,El Haddoechi|al-Haddushi,Haddouchi|El Haddouchi,Haddouchi|الحدوشي,حدوشي|al-Ḥaddūshī
El Bouazzaoui|p:el|El Bouazzaoui,Bouazzaoui,Elbouazzaoui|El Buazaui,Buazzaui|El Bouazzaoui,El Boeazzaoei|al-Buazzawi,Bouazzaoui|El Bouazzaoui,Bouazzaoui|البوعزاوي,بوعزاوي|al-Būʿazzāwī
Ahmadi|p:el|Ahmadi,El Ahmadi|Ahmadi,El Ahmadi|Ahmadi,El Ahmadi|Ahmadi,al-Ahmadi|Ahmadi,El Ahmadi|الأحمدي,الاحمدي,أحمدي|al-Aḥmadī
Naji||Naji,Nadji|Nayi,Naji|Naji,Nadji|Naji|Naji|ناجي|Nājī
Laaroussi|p:el|Laaroussi,El Aroussi,Elaroussi,Laroussi|Laarusi,El Arusi|Laaroussi,El Aroussi|al-Arusi,Laroussi|Laaroussi,El Aroussi,Laroussi|العروسي,عروسي|al-ʿArūsī
Sqalli||Sqalli,Skalli,Sekalli|Skali,Sqalli|Skalli,Sqalli|Siqilli,Sqalli|Sqalli,Skalli|الصقلي,صقلي|al-Ṣiqillī
Filali|p:el|Filali,El Filali|Filali,El Filali|Filali,El Filali|Filali,al-Filali|Filali,El Filali,Elfilali|الفيلالي,فيلالي|al-Filālī
Rifi|p:el|Rifi,Riffi,El Rifi,Errifi|Rifi,Errifi|Rifi,Riffi|Rifi,al-Rifi|Rifi,Riffi,Errifi|الريفي,ريفي|al-Rīfī
Soussi|p:el|Soussi,Essoussi,Es-Soussi|Susi,Soussi|Soussi,Soessi|Susi,al-Susi|Soussi,Essoussi|السوسي,سوسي|al-Sūsī
Marrakchi|p:el|Marrakchi,El Marrakchi|Marrakchi,Marrakshi|Marrakchi,Marrakesji|Marrakshi,al-Marrakushi|Marrakchi,El Marrakchi|المراكشي,مراكشي|al-Marrākushī
Bakkali|p:el|Bakkali,El Bakkali,Bakali|Bakali,El Bakali|Bakkali,El Bakkali|Baqqali,al-Baqqali|Bakkali,El Bakkali|البقالي,بقالي|al-Baqqālī
Aouad||Aouad,Awad|Auad,Awad|Aouad,Awad|Awad,Awwad|Aouad|عواد|ʿAwwād
Zerouali|p:el|Zerouali,Zeroualy|Zerouali,Zeruali|Zerouali,Zeroeali|Zarwali,Zerouali|Zerouali|الزروالي,زروالي|al-Zarwālī
Senhaji|p:el|Senhaji,Sanhaji,Essanhaji|Sanhayi,Senhaji|Senhaji,Sanhadji|Sanhaji,al-Sanhaji|Senhaji,Sanhaji|الصنهاجي,صنهاجي|al-Ṣanhājī
Ghazi||Ghazi,Rhazi,Ghazy|Gazi,Ghazi|Ghazi|Ghazi|Ghazi,Rhazi|غازي|Ghāzī
Mrabet|p:el|Mrabet,M'rabet,Merabet,El Mrabet|Mrabet,Merabet|Mrabet,Merabet|Murabit,Mrabet|Mrabet,M'rabet,Elmrabet|المرابط,مرابط|al-Murābiṭ
Lahrech||Lahrech,Lahrach|Lahrech|Lahrech,Lahresj|Lahrash,Lahrech|Lahrech|لحرش|Laḥrash
Bouhlal|p:bou|Bouhlal,Bou Hlal|Buhlal,Bouhlal|Bouhlal,Boehlal|Buhlal,Bouhlal|Bouhlal|بوهلال|Būhlāl
Chakir||Chakir,Chaker,Shakir|Chakir,Shakir|Chakir,Sjakir|Shakir,Shaker|Chakir|شاكر|Shākir
Chafik||Chafik,Chafiq,Chafique|Chafik,Chafiq|Chafik,Sjafiek|Shafiq,Shafik|Chafik,Chafiq|شفيق|Shafīq
Jabri|p:el|Jabri,El Jabri,Djabri|Yabri,Jabri|Jabri,Djabri|Jabri,al-Jabri|Jabri,El Jabri|الجابري,جابري|al-Jābirī
Jaouhari|p:el|Jaouhari,El Jaouhari,Jawhari|Yauhari,Jauhari|Jaouhari,Jawhari|Jawhari,al-Jawhari|Jaouhari,El Jaouhari|الجوهري,جوهري|al-Jawharī
Kabbaj||Kabbaj,Kabaj,Kabbadj|Kabaj,Kabbaj|Kabbaj,Kabbadj|Qabbaj,Kabbaj|Kabbaj|القباج,قباج|al-Qabbāj
Lazrak|p:el|Lazrak,Lazraq,El Azrak|Lazrak,El Azraq|Lazrak,Lazraq|al-Azraq,Lazrak|Lazrak,Lazraq|الأزرق,الازرق|al-Azraq
Najjar|p:el|Nejjar,Najjar,Ennajjar|Nayar,Najjar|Najjar,Nadjar|Najjar,al-Najjar|Nejjar,Najjar,Ennejjar|النجار,نجار|al-Najjār
Sefrioui||Sefrioui,Sefriwi,Sefroui|Sefriui,Sefrioui|Sefrioui,Sefrioei|Sefriwi,Sefrioui|Sefrioui|الصفريوي,صفريوي|al-Ṣafrīwī
Temsamani||Temsamani,Temssamani,Tamsamani|Temsamani|Temsamani,Tamsamani|Temsamani,Tamsamani|Temsamani,Temssamani|التمسماني,تمسماني|al-Tamsamānī
Chentouf||Chentouf,Chantouf|Chentuf,Chentouf|Chentouf,Sjentoef,Chentoef|Shantuf,Chentouf|Chentouf|شنتوف|Shantūf
Ouchen|p:ou|Ouchen|Uchen,Ouchen|Ouchen,Oechen|Ushen,Ouchen|Ouchen|أوشن,اوشن|
Charki|p:el|Charki,Cherki,Echarki|Charqui,Charki|Charki,Sjarki|Sharqi,al-Sharqi|Charki,Cherki|الشرقي,شرقي|al-Sharqī
Karimi|p:el|Karimi,El Karimi|Karimi|Karimi|Karimi,al-Karimi|Karimi,El Karimi|الكريمي,كريمي|al-Karīmī
Rahmouni||Rahmouni,Rahmoni|Rahmuni,Rahmouni|Rahmouni,Rahmoeni|Rahmuni,Rahmouni|Rahmouni|رحموني|Raḥmūnī
Saadi|p:el|Saadi,Saâdi,Essaadi,Es-Saadi|Saadi,Essaadi|Saadi,Essaadi|Saadi,al-Saadi,as-Sadi|Saadi,Essaadi|السعدي,سعدي|al-Saʿdī
Tounsi|p:el|Tounsi,Ettounsi,El Tounsi|Tunsi,Tounsi|Tounsi,Toensi|Tunsi,al-Tunsi|Tounsi,Ettounsi|التونسي,تونسي|al-Tūnsī
Jazouli|p:el|Jazouli,El Jazouli,Jazuli|Yazuli,Jazuli|Jazouli,Djazouli,Jazoeli|Jazuli,al-Jazuli|Jazouli,El Jazouli|الجزولي,جزولي|al-Jazūlī
Tijani|p:el|Tijani,Tidjani,Tijjani,Ettijani|Tiyani,Tijani|Tijani,Tidjani|Tijani,al-Tijani|Tijani,Ettijani|التيجاني,تيجاني|al-Tijānī
Mesbahi|p:el|Mesbahi,Misbahi,El Mesbahi|Mesbahi|Mesbahi|Misbahi,al-Misbahi|Mesbahi,El Mesbahi|المصباحي,مصباحي|al-Miṣbāḥī
Chaoui|p:el|Chaoui,Echaoui,Echchaoui|Chaui,Chaoui|Chaoui,Chaoei|Shawi,al-Shawi|Chaoui,Echchaoui|الشاوي,شاوي|al-Shāwī
Mabrouk||Mabrouk,Mabrouck|Mabruk,Mabrouk|Mabrouk,Mabroek|Mabruk,Mabrook|Mabrouk|مبروك|Mabrūk
Mansour||Mansour,Mansur|Mansur,Mansour|Mansour,Mansoer|Mansur,Mansoor|Mansour|منصور|Manṣūr
Saidani||Saidani,Saïdani|Saidani|Saidani|Saidani|Saidani|سعيداني|Saʿīdānī
Brahimi|p:el|Brahimi,Ibrahimi,El Brahimi|Brahimi,Ibrahimi|Brahimi,Ibrahimi|Ibrahimi,al-Ibrahimi|Brahimi,El Brahimi|الإبراهيمي,الابراهيمي,براهيمي|al-Ibrāhīmī
Trabelsi|p:el|Trabelsi,Trabulsi|Trabelsi,Trabulsi|Trabelsi|Trabulsi,al-Tarabulsi,Trabelsi|Trabelsi|الطرابلسي,طرابلسي|al-Ṭarābulusī
Jebali|p:el|Jebali,Jbali,Djebali,Jabali|Yebali,Jebali,Yabali|Jebali,Djebali|Jabali,al-Jabali|Jebali,Jbali|الجبالي,جبالي|al-Jabālī
Hammami|p:el|Hammami,Hamami,El Hammami|Hamami,Hammami|Hammami,Hamami|Hammami,al-Hammami|Hammami,El Hammami|الحمامي,حمامي|al-Ḥammāmī
Jlassi||Jlassi,Jelassi,Djelassi|Yelasi,Jlassi|Jlassi,Jelassi|Jlassi,Jalasi|Jlassi|الجلاصي,جلاصي|al-Jlāṣī
Ayari|p:el|Ayari,Ayyari,El Ayari|Ayari,Aiari|Ayari,Ajari|Ayyari,al-Ayyari|Ayari|العياري,عياري|al-ʿAyyārī
Dridi||Dridi,Dridy|Dridi|Dridi|Dridi|Dridi|دريدي|Durīdī
Gharbi|p:el|Gharbi,Rharbi,El Gharbi|Garbi,Gharbi|Gharbi|Gharbi,al-Gharbi|Gharbi,Rharbi|الغربي,غربي|al-Gharbī
Riahi|p:el|Riahi,Riyahi|Riahi|Riahi,Riyahi|Riyahi,al-Riyahi|Riahi|الرياحي,رياحي|al-Riyāḥī
Ferchichi||Ferchichi,Ferchichy|Ferchichi|Ferchichi|Farshishi,Ferchichi|Ferchichi|فرشيشي|Farshīshī
Sassi||Sassi,Sassy|Sasi,Sassi|Sassi|Sassi|Sassi|ساسي|Sāsī
Mejri|p:el|Mejri,Medjri|Meyri,Mejri|Mejri,Medjri|Majri,al-Majri|Mejri|الماجري,ماجري|al-Mājirī
Khelifi||Khelifi,Khalifi,Khlifi|Jelifi,Khelifi|Khelifi,Chelifi|Khalifi,Khelifi|Khelifi,Khalifi|خليفي|Khalīfī
Meziane||Meziane,Mezian|Mezian,Meziane|Meziane,Mezian|Mezian,Miziyan|Meziane|مزيان|Mizyān
Benhamou|p:ben|Benhamou,Ben Hamou,Benhammou|Benhamu,Ben Hamu|Benhamou,Benhamoe|Bin Hammu,Benhamou|Benhamou,Ben Hamou|بنحمو,بن حمو|Bin Ḥammū
Zerrouki|p:el|Zerrouki,Zerouki,Zarrouki|Zerruki,Zerrouki|Zerrouki,Zerroeki|Zarruqi,Zerrouki|Zerrouki|الزروقي,زروقي|al-Zarrūqī
Belaid||Belaïd,Belaid,Bel Aïd|Belaid,Belaíd|Belaid,Belaïd|Bilaid,Belaid|Belaid|بلعيد|Bilʿīd
Djebbar||Djebbar,Jebbar,Jabbar|Yebar,Jebbar|Djebbar,Jebbar|Jabbar,Jebbar|Jebbar,Jabbar|جبار|Jabbār
Bencheikh|p:ben|Bencheikh,Ben Cheikh,Benchikh|Benchij,Ben Cheij,Bencheikh|Bencheikh,Ben Cheikh|Bin Shaykh,Ben Sheikh|Bencheikh,Ben Cheikh|بن الشيخ,بنشيخ|Bin al-Shaykh
Hamdi||Hamdi,Hamdy|Hamdi|Hamdi|Hamdi,Hamdy|Hamdi|حمدي|Ḥamdī
Houari||Houari,Hawari,Haouari|Huari,Houari|Houari,Hoeari|Hawari,Houari|Houari|هواري|Hawwārī
Mimouni||Mimouni,Maimouni|Mimuni,Mimouni|Mimouni,Mimoeni|Maymuni,Mimouni|Mimouni|ميموني|Maymūnī
Hamidi|p:el|Hamidi,El Hamidi|Hamidi|Hamidi|Hamidi,al-Hamidi|Hamidi,El Hamidi|الحميدي,حميدي|al-Ḥamīdī
Ouardi|p:el|Ouardi,El Ouardi,Wardi|Uardi,Wardi|Ouardi,Wardi,Oeardi|Wardi,al-Wardi|Ouardi,El Ouardi|الوردي,وردي|al-Wardī
Ouadghiri|p:el|Ouadghiri,El Ouadghiri,Wadghiri|Uadguiri,Ouadghiri|Ouadghiri,Wadghiri|Wadghiri,Ouadghiri|Ouadghiri,Ouadrhiri|الودغيري,ودغيري|al-Wadghīrī
Kaddouri|p:el|Kaddouri,Kadouri,El Kaddouri|Kaduri,Kaddouri|Kaddouri,Kaddoeri|Qadduri,Kaddouri|Kaddouri,El Kaddouri|القدوري,قدوري|al-Qaddūrī
Bouanani|p:bou|Bouanani,Bouannani|Buanani,Bouanani|Bouanani,Boeanani|Buanani,Bouanani|Bouanani|بوعناني|Būʿanānī
Mernissi|p:el|Mernissi,El Mernissi,Mernisi|Mernisi,Mernissi|Mernissi|Mernissi,al-Mirnisi|Mernissi|المرنيسي,مرنيسي|al-Marnīsī
Bennouna||Bennouna,Benouna|Bennuna,Benuna|Bennouna,Bennoena|Bennuna,Bennouna|Bennouna|بنونة|Bannūna
Bensouda|p:ben|Bensouda,Ben Souda|Bensuda,Ben Suda|Bensouda,Bensoeda|Bensouda,Bin Suda|Bensouda|بنسودة,بن سودة|Bin Sūda
Ghallab||Ghallab,Ghalab,Rhallab|Galab,Ghallab|Ghallab,Ghalab|Ghallab,Ghalab|Ghallab,Rhallab|غلاب|Ghallāb
Zniber||Zniber,Zeniber|Zniber|Zniber|Zniber|Zniber|زنيبر|Zunaybar
Benslimane|p:ben|Benslimane,Ben Slimane,Bensliman|Bensliman,Ben Sliman,Benslimán|Benslimane,Bensliman|Bin Sulayman,Ben Slimane|Benslimane,Ben Slimane|بنسليمان,بن سليمان|Bin Sulaymān
Jaidi|p:el|Jaidi,Jaïdi,El Jaidi|Yaidi,Jaidi|Jaidi,Djaidi|Jaidi,al-Jaidi|Jaidi,El Jaidi|الجعيدي,جعيدي|al-Juʿaydī
Azzaoui|p:el|Azzaoui,El Azzaoui,Azaoui|Azaui,Azzaoui|Azzaoui,Azzaoei|Azzawi,al-Azzawi|Azzaoui,El Azzaoui|العزاوي,عزاوي|al-ʿAzzāwī
Kadiri|p:el|Kadiri,El Kadiri,Qadiri|Kadiri,Qadiri|Kadiri|Qadiri,al-Qadiri|Kadiri,El Kadiri|القادري,قادري|al-Qādirī
Belghiti||Belghiti,Belrhiti|Belguiti,Belghiti|Belghiti|Belghiti,Bilghiti|Belghiti,Belrhiti|بلغيتي|Bilghītī
Ismaili|p:el|Ismaili,Ismaïli,El Ismaili,Smaili|Ismaili,El Ismaili|Ismaili|Ismaili,al-Ismaili|Ismaili,El Ismaili,Smaili|الإسماعيلي,الاسماعيلي|al-Ismāʿīlī
Zemmouri|p:el|Zemmouri,Zemouri,Ezzemmouri|Zemmuri,Zemmouri|Zemmouri,Zemmoeri|Zammuri,Zemmouri|Zemmouri|الزموري,زموري|al-Zammūrī
Kasmi|p:el|Kasmi,Qasmi,El Kasmi|Kasmi,Qasmi|Kasmi|Qasmi,Kasmi|Kasmi,El Kasmi|القاسمي,قاسمي|al-Qāsimī
Hilali|p:el|Hilali,El Hilali,Hillali|Hilali,El Hilali|Hilali,El Hilali|Hilali,al-Hilali|Hilali,El Hilali|الهلالي,هلالي|al-Hilālī
Fikri||Fikri,Fekri|Fikri|Fikri|Fikri,Fekry|Fikri|فكري|Fikrī
Sabri||Sabri,Sabry|Sabri|Sabri|Sabri,Sabry|Sabri|صبري|Ṣabrī
Hafidi|p:el|Hafidi,El Hafidi,Hafidy|Hafidi|Hafidi|Hafizi,al-Hafidi|Hafidi,El Hafidi|الحفيظي,حفيظي|al-Ḥafīẓī
Sahraoui|p:el|Sahraoui,Sahrawi,Essahraoui|Sahraui,Saharaui|Sahraoui,Sahraoei|Sahrawi,al-Sahrawi|Sahraoui,Essahraoui|الصحراوي,صحراوي|al-Ṣaḥrāwī
Doukkali|p:el|Doukkali,Doukali,El Doukkali|Dukali,Doukkali|Doukkali,Doekkali|Dukkali,al-Dukkali|Doukkali,Eddoukkali|الدكالي,دكالي|al-Dukkālī
Zouiten||Zouiten,Zwiten|Zuiten,Zouiten|Zouiten,Zoeiten|Zwitin,Zouiten|Zouiten|زويتن|Zuwītin
Lyoussi|p:el|Lyoussi,El Youssi,Elyoussi|Liusi,El Yusi|Lyoussi,El Joessi|al-Yusi,Lyoussi|Lyoussi,El Youssi|اليوسي|al-Yūsī
Amraoui|p:el|Amraoui,El Amraoui|Amraui,Amraoui|Amraoui,Amraoei|Amrawi,al-Amrawi|Amraoui,El Amraoui|العمراوي,عمراوي|al-ʿAmrāwī
Benomar|p:ben|Benomar,Ben Omar,Ben-Omar|Benomar,Ben Omar|Benomar,Ben Omar|Bin Umar,Ben Omar|Benomar,Ben Omar|بنعمر,بن عمر|Bin ʿUmar
Benamar|p:ben|Benamar,Ben Amar,Benammar|Benamar,Ben Amar|Benamar|Bin Ammar,Ben Amar|Benamar,Ben Amar|بنعمار,بن عمار|Bin ʿAmmār
Naimi|p:el|Naimi,Naïmi,Ennaimi|Naimi|Naimi|Nuaymi,al-Nuaimi,Naimi|Naimi,Ennaimi|النعيمي,نعيمي|al-Nuʿaymī
Harrak||Harrak,Harak|Harrak,Harak|Harrak|Harrak,Harraq|Harrak|حراك|Ḥarrāk
El Maghraoui|p:el|El Maghraoui,Maghraoui,Elmaghraoui|El Magraui,Magraui|El Maghraoui,Maghraoui|al-Maghrawi,Maghrawi|El Maghraoui,Maghraoui|المغراوي,مغراوي|al-Maghrāwī
Taibi|p:el|Taibi,Taïbi,Ettaibi,Et-Taibi|Taibi,Taíbi|Taibi|Tayyibi,al-Tayyibi|Taibi,Ettaibi|الطيبي,طيبي|al-Ṭayyibī
Nouri|p:el|Nouri,Ennouri,En-Nouri|Nuri,Nouri|Nouri,Noeri|Nuri,al-Nuri|Nouri,Ennouri|النوري,نوري|al-Nūrī
Boujemaa|p:bou|Boujemaa,Boujamaa,Bou Jemaa|Buyemaa,Boujemaa|Boujemaa,Boedjemaa|Bujumaa,Boujemaa|Boujemaa,Boujamaa|بوجمعة|Bū Jumʿa
Azizi|p:el|Azizi,El Azizi|Azizi|Azizi|Azizi,al-Azizi|Azizi,El Azizi|العزيزي,عزيزي|al-ʿAzīzī
Oujdi|p:el|Oujdi,El Oujdi|Uydi,Oujdi|Oujdi,Oejdi|Ujdi,Oujdi|Oujdi,El Oujdi|الوجدي,وجدي|al-Wajdī
Aouragh||Aouragh,Awragh|Auragh,Aurag|Aouragh,Aoeragh|Awragh,Aouragh|Aouragh|أوراغ,اوراغ|
Achahbar||Achahbar|Achahbar|Achahbar,Asjahbar|Ashahbar,Achahbar|Achahbar|أشهبار,اشهبار|
Aharrouch||Aharrouch,Aharouch|Aharruch,Aharrouch|Aharrouch,Aharoech|Aharrush|Aharrouch|أحروش,احروش|
Hadioui|p:el|Hadioui,El Hadioui|Hadiui|Hadioui,Hadioei|Hadiwi|Hadioui,El Hadioui|الهديوي,هديوي|
Ikken||Ikken,Iken|Iken,Ikken|Ikken|Ikken|Ikken,Iken|إكن,ايكن|
Amrouch||Amrouch,Amrouche|Amruch,Amrouch|Amrouch,Amroesj,Amroech|Amrush,Amrouche|Amrouch|أمروش,امروش|
El Ayachi|p:el|El Ayachi,Ayachi,Elayachi,El Aiachi|El Ayachi,Ayachi|El Ayachi,Ayachi,El Ajachi|al-Ayyashi,Ayashi|El Ayachi,Ayachi,Elayachi|العياشي,عياشي|al-ʿAyyāshī
Moumni|p:el|Moumni,El Moumni,Elmoumni|Mumni,El Mumni|Moumni,El Moumni,Moemni|Mumni,al-Mumni|Moumni,El Moumni|المومني,مومني|al-Mūmnī
Salhi|p:el|Salhi,Essalhi,Es-Salhi|Salhi|Salhi|Salhi|Salhi,Essalhi|الصالحي,صالحي|al-Ṣāliḥī
Touhami|p:el|Touhami,Touhamy,Ettouhami|Tuhami,Touhami|Touhami,Toehami|Tuhami,al-Tuhami|Touhami,Ettouhami|التهامي,تهامي|al-Tuhāmī
Berkani||Berkani,Barkani|Berkani|Berkani|Barkani,Berkani|Berkani|بركاني|Barkānī
Amhaouch||Amhaouch,Amahouch|Amhauch,Amhaouch|Amhaouch,Amhaoech|Amhaush|Amhaouch|أمهاوش,امهاوش|
Sbai||Sbai,Sbaï,Esbai|Sbai,Esbai|Sbai|Sbai,Sibai|Sbai,Sbaï|السباعي,سباعي|al-Sibāʿī
Ouarzazi|p:el|Ouarzazi,El Ouarzazi|Uarzazi,Warzazi|Ouarzazi,Oearzazi|Warzazi,Ouarzazi|Ouarzazi|الورزازي,ورزازي|al-Warzāzī
Tetouani|p:el|Tetouani,Tétouani|Tetuani,Tetouani|Tetouani,Tetoeani|Titwani,Tetuani|Tetouani|التطواني,تطواني|al-Tiṭwānī
Kharbouch||Kharbouch,Kharbouche|Jarbuch,Kharbouch|Kharbouch,Charboech|Kharboush,Kharbush|Kharbouch|خربوش|Kharbūsh
"""

# European persons (Belgium nl/fr, France, Spain, German-speaking Belgium).  key|sex|countries|flags|variants
EURO_GIVEN = r"""
Jean-Pierre|m|fr,be_fr|c|Jean-Pierre,Jean Pierre,Jean-pierre
François|m|fr,be_fr||François,Francois
Hélène|f|fr,be_fr||Hélène,Helene,Hélene
Jérôme|m|fr,be_fr||Jérôme,Jerome,Jérome
Noël|m|fr,be_fr||Noël,Noel
Zoë|f|fr,be_fr,be_nl||Zoë,Zoe,Zoé
Chloé|f|fr,be_fr||Chloé,Chloe
Inès|f|fr,be_fr||Inès,Ines
Agnès|f|fr,be_fr||Agnès,Agnes
Marie-Claire|f|fr,be_fr|c|Marie-Claire,Marie Claire
Anne-Sophie|f|fr,be_fr|c|Anne-Sophie,Anne Sophie
Théo|m|fr,be_fr||Théo,Theo
Loïc|m|fr,be_fr||Loïc,Loic
Gaëlle|f|fr,be_fr||Gaëlle,Gaelle
Joël|m|fr,be_fr,be_nl||Joël,Joel
Raphaël|m|fr,be_fr||Raphaël,Raphael
Michaël|m|fr,be_fr,be_nl||Michaël,Michael
Anaïs|f|fr,be_fr||Anaïs,Anais
Clément|m|fr,be_fr||Clément,Clement
Frédéric|m|fr,be_fr||Frédéric,Frederic
Stéphane|m|fr,be_fr||Stéphane,Stephane
Sébastien|m|fr,be_fr||Sébastien,Sebastien
Céline|f|fr,be_fr||Céline,Celine
Mélanie|f|fr,be_fr||Mélanie,Melanie
Grégory|m|fr,be_fr||Grégory,Gregory
Michel|m|fr,be_fr||Michel
Michèle|f|fr,be_fr||Michèle,Michele
André|m|fr,be_fr||André,Andre
Andrée|f|fr,be_fr||Andrée,Andree
René|m|fr,be_fr||René,Rene
Renée|f|fr,be_fr||Renée,Renee
Pascal|m|fr,be_fr||Pascal
Pascale|f|fr,be_fr||Pascale
Daniel|m|fr,be_fr,es,de||Daniel
Danielle|f|fr,be_fr||Danielle
Louis|m|fr,be_fr||Louis
Louise|f|fr,be_fr||Louise
Gabriel|m|fr,be_fr,es||Gabriel
Gabrielle|f|fr,be_fr||Gabrielle
Jean|m|fr,be_fr||Jean
Jeanne|f|fr,be_fr||Jeanne
José María|m|es|c|José María,Jose Maria,José Mª,José-María
María José|f|es|c|María José,Maria Jose,Mª José,María-José
Iñaki|m|es||Iñaki,Inaki
Ángel|m|es||Ángel,Angel
Begoña|f|es||Begoña,Begona
Núria|f|es||Núria,Nuria
Jesús|m|es||Jesús,Jesus
Sofía|f|es||Sofía,Sofia
Lucía|f|es||Lucía,Lucia
Raúl|m|es||Raúl,Raul
Joaquín|m|es||Joaquín,Joaquin
Manuel|m|es||Manuel
Manuela|f|es||Manuela
Francisco|m|es||Francisco
Francisca|f|es||Francisca
Pieter-Jan|m|be_nl|c|Pieter-Jan,Pieter Jan,Pieterjan
Jan|m|be_nl||Jan
Koen|m|be_nl||Koen
Bart|m|be_nl||Bart
Geert|m|be_nl||Geert
Stijn|m|be_nl||Stijn
Wim|m|be_nl||Wim
Lieve|f|be_nl||Lieve
Griet|f|be_nl||Griet
Els|f|be_nl||Els
Jürgen|m|de||Jürgen,Juergen,Jurgen
Günther|m|de||Günther,Guenther,Gunther
Hans|m|de||Hans
Jörg|m|de||Jörg,Joerg,Jorg
Bärbel|f|de||Bärbel,Baerbel,Barbel
Käthe|f|de||Käthe,Kaethe,Kathe
Jutta|f|de||Jutta
"""

# key|countries|flags|variants   (flag p = particle that may be glued)
EURO_FAMILY = r"""
Dupont|fr,be_fr||Dupont,Du Pont
Lefèvre|fr,be_fr||Lefèvre,Lefevre
Lemaître|fr,be_fr||Lemaître,Lemaitre,Le Maître
Le Roy|fr,be_fr|p|Le Roy,Leroy
Gérard|fr,be_fr||Gérard,Gerard
Dubois|fr,be_fr||Dubois
Lambert|fr,be_fr||Lambert
Martin|fr,be_fr||Martin
Bernard|fr,be_fr||Bernard
Durand|fr||Durand
Moreau|fr||Moreau
Fontaine|fr,be_fr||Fontaine
Lecomte|fr,be_fr||Lecomte,Le Comte
Van den Broeck|be_nl|p|Van den Broeck,Vandenbroeck,Van Den Broeck,Vanden Broeck
Van de Velde|be_nl|p|Van de Velde,Vandevelde,Van De Velde,Vande Velde
Van Damme|be_nl|p|Van Damme,Vandamme
Van Acker|be_nl|p|Van Acker,Vanacker
Van der Straeten|be_nl|p|Van der Straeten,Vanderstraeten,Van Der Straeten
Van Hecke|be_nl|p|Van Hecke,Vanhecke
De Smet|be_nl|p|De Smet,Desmet
De Backer|be_nl|p|De Backer,Debacker
De Clercq|be_nl|p|De Clercq,Declercq
D'Hondt|be_nl|p|D'Hondt,Dhondt,D'hondt
Peeters|be_nl||Peeters
Janssens|be_nl||Janssens
Maes|be_nl||Maes
Jacobs|be_nl||Jacobs
Mertens|be_nl||Mertens
Willems|be_nl||Willems
Claes|be_nl||Claes
Goossens|be_nl||Goossens
Wouters|be_nl||Wouters
Verstraete|be_nl||Verstraete
Vermeulen|be_nl||Vermeulen
García|es||García,Garcia
Fernández|es||Fernández,Fernandez
López|es||López,Lopez
Martínez|es||Martínez,Martinez
Sánchez|es||Sánchez,Sanchez
Pérez|es||Pérez,Perez
Gómez|es||Gómez,Gomez
Rodríguez|es||Rodríguez,Rodriguez
Jiménez|es||Jiménez,Jimenez
Ibáñez|es||Ibáñez,Ibanez,Ibañez
Muñoz|es||Muñoz,Munoz
Núñez|es||Núñez,Nunez,Nuñez
Álvarez|es||Álvarez,Alvarez
Gutiérrez|es||Gutiérrez,Gutierrez
Vázquez|es||Vázquez,Vazquez
Castaño|es||Castaño,Castano
Peña|es||Peña,Pena
de la Fuente|es|p|de la Fuente,De La Fuente,Delafuente,De la Fuente
del Río|es|p|del Río,Del Rio,Del Río,Delrio
de los Santos|es|p|de los Santos,De los Santos,De Los Santos
Ruiz|es||Ruiz
Romero|es||Romero
Navarro|es||Navarro
Moreno|es||Moreno
Ortega|es||Ortega
Müller|de||Müller,Mueller,Muller
Schröder|de||Schröder,Schroeder,Schroder
Weiß|de||Weiß,Weiss
Schmitz|de||Schmitz
"""

# Patronymic connectors, honorifics and how two given names are joined, per convention.
CONNECT = {
    "fr": {"m": ["ben", "Ben"], "f": ["bent", "Bent", "bint"]},
    "ma": {"m": ["Ben", "ben"], "f": ["Bent", "bent"]},
    "es": {"m": ["ben", "Ben"], "f": ["bent", "bint"]},
    "nl": {"m": ["ben", "Ben"], "f": ["bent", "Bent"]},
    "en": {"m": ["bin", "ibn", "Bin"], "f": ["bint", "Bint"]},
    "sc": {"m": ["ibn", "b."], "f": ["bint", "bt."]},
    "ar": {"m": ["بن"], "f": ["بنت"]},
}
HONORIFIC = {
    "Moulay": {"sex": "m", "fr": ["Moulay", "Moulaye"], "es": ["Mulay", "Muley", "Moulay"],
               "nl": ["Moulay"], "en": ["Mawlay", "Moulay", "Mulay"], "ma": ["Moulay", "My"],
               "sc": ["Mawlāy"], "ar": ["مولاي"]},
    "Sidi": {"sex": "m", "fr": ["Sidi", "Si"], "es": ["Sidi"], "nl": ["Sidi"],
             "en": ["Sidi", "Sayyidi"], "ma": ["Sidi"], "sc": ["Sīdī"], "ar": ["سيدي"]},
    "Lalla": {"sex": "f", "fr": ["Lalla", "Lala"], "es": ["Lala", "Lalla"], "nl": ["Lalla"],
              "en": ["Lalla"], "ma": ["Lalla"], "sc": ["Lālla"], "ar": ["لالة", "للا"]},
}
GIVEN_JOIN = {"fr": [" ", " ", "-"], "ma": [" ", " ", "-"], "es": [" "], "nl": [" "],
              "en": [" "], "sc": [" "], "ar": [" "]}
# Families of shurafa lineage, where Moulay / Sidi / Lalla is frequent.
SHARIF_FAMILIES = ["El Idrissi", "Alaoui", "Kettani", "Ouazzani", "Belghiti", "Ismaili",
                   "Sqalli", "Tahiri", "Cherif", "Kadiri", "Hassani", "Alami"]
# Family names formed as Ben + given name (used for "Khalid Benabdelkader" style records).
BEN_FAMILY_OF = {"Abdelkader": "Benabdelkader", "Youssef": "Ben Youssef", "Omar": "Benomar",
                 "Abdellah": "Benabdellah", "Said": "Bensaid", "Saad": "Bensaad",
                 "Ali": "Benali", "Yahya": "Benyahia", "Hammou": "Benhamou",
                 "Haddou": "Benhaddou"}
# Frequent second given names (Mohamed Amine, Mohamed Reda ...).
SECOND_GIVEN = {"m": ["Amine", "Yassine", "Ali", "Reda", "Karim", "Said", "Anas", "Adam",
                      "Ayoub", "Mehdi", "Hamza", "Ilyas", "Rayan", "Zakaria"],
                "f": ["Salma", "Imane", "Sara", "Aya", "Kenza", "Yasmina", "Nour"]}
# Very common given names (for "same common given name, different family" negatives).
COMMON_GIVEN = ["Mohamed", "Ahmed", "Youssef", "Said", "Rachid", "Abdellah", "Khalid",
                "Hassan", "Mustapha", "Abdelkader", "Karim", "Ali", "Omar", "Fatima",
                "Khadija", "Aicha", "Naima", "Meryem", "Amina", "Zineb", "Hanane", "Samira"]

# Different names that look alike (hard negatives).  Hand-picked: every pair is two distinct
# names in Arabic (e.g. سعيد / سعد, العلمي / العلوي), never two spellings of one name.
SIMILAR_GIVEN = [
    ("Said", "Saad"), ("Amine", "Amina"), ("Karim", "Karima"), ("Nabil", "Nabila"),
    ("Samir", "Samira"), ("Farid", "Farida"), ("Hakim", "Hakima"), ("Rachid", "Rachida"),
    ("Aziz", "Aziza"), ("Hamid", "Hamida"), ("Mounir", "Mounira"), ("Said", "Saida"),
    ("Fatima", "Fatiha"), ("Hanane", "Hanae"), ("Sanae", "Hanae"), ("Yassine", "Yasmina"),
    ("Hassan", "Hussein"), ("Khalid", "Khalil"), ("Mourad", "Mouad"), ("Jamal", "Kamal"),
    ("Imane", "Amine"), ("Nour", "Noura"), ("Najat", "Najoua"), ("Soumia", "Samia"),
    ("Samira", "Samia"), ("Wafae", "Safae"), ("Abdelouahab", "Abdelouahed"),
    ("Abdelkader", "Abdelkrim"), ("Abdelhamid", "Abdelhakim"), ("Abdelhadi", "Abdelhak"),
    ("Abdellah", "Abdellatif"), ("Abderrahim", "Abderrahmane"), ("Abdelmajid", "Abdelmalek"),
    ("Abdessamad", "Abdessadek"), ("Abdelhafid", "Abdelhadi"), ("Abdelaziz", "Abdelali"),
    ("Noureddine", "Nasreddine"), ("Charafeddine", "Salaheddine"), ("Zineddine", "Seifeddine"),
]
SIMILAR_FAMILY = [
    ("Benali", "Bennani"), ("Alami", "Alaoui"), ("Bouzid", "Bouzidi"), ("Haddad", "Haddadi"),
    ("Hakim", "Hakimi"), ("Mansour", "El Mansouri"), ("Essaidi", "Saadi"),
    ("El Amrani", "Amraoui"), ("Bensaid", "Bensaad"), ("El Omari", "El Amrani"),
    ("Hamidi", "Hamdi"), ("Benhaddou", "Benhamou"), ("Bouziane", "Bouzidi"),
    ("Azzouzi", "Azzaoui"), ("El Khayati", "El Khattabi"), ("Ouazzani", "Touzani"),
    ("Hilali", "Filali"), ("Cherkaoui", "Chaoui"), ("Ait Ahmed", "Ait Ali"),
    ("Ait Baha", "Ait Brahim"), ("Ould Ahmed", "Ould Brahim"), ("Benaissa", "Benmoussa"),
    ("Sebti", "Sabri"), ("Gharbi", "Ghazi"), ("Mimouni", "Moumni"), ("Jabri", "Jaidi"),
    ("Karimi", "Kasmi"), ("Tahiri", "Taibi"), ("Bensaid", "Boussaid"), ("Hassani", "Hamdaoui"),
]
# Pairs that are, or may be, the same name; never used to build a negative.
RELATED = [("Hassan", "Lahcen"), ("Hussein", "Lahoucine"), ("Fatima", "Fatima Zahra"),
           ("Zohra", "Fatima Zahra"), ("Nour", "Nour El Houda"), ("Houda", "Nour El Houda"),
           ("Noureddine", "Nour"), ("Noura", "Nour El Houda"), ("Meziane", "Amezian"),
           ("El Fassi", "Fassi-Fihri"), ("Benhamou", "Ouhammou"), ("Brahimi", "Ait Brahim"),
           ("Brahimi", "Ould Brahim"), ("Benomar", "Benamar"), ("Saida", "Saadia")]
# Family names of known terrorism suspects/convicts and full names of well-known people:
# never generated (checked by key).  Written from general knowledge, not from any list.
FORBIDDEN_FAMILY = ["Abaaoud", "Abdeslam", "Abrini", "Bakraoui", "Laachraoui", "Kouachi",
                    "Coulibaly", "Merah", "Abouyaaqoub", "Es Satty", "Zougam", "Ahmidan",
                    "Fakhet", "Moussaoui", "Amimour", "Mostefai", "Nemmouche", "Zerkani",
                    "Bouyeri", "Oukabir", "Hychami", "Aallaa", "Khazzani", "Atar", "Krayem"]
FORBIDDEN_FULL = [("Achraf", "Hakimi"), ("Abdelilah", "Benkirane"), ("Hussein", "Ait Ahmed"),
                  ("Abdellatif", "El Hamouchi"), ("Mohamed", "Oufkir"),
                  ("Abdelkrim", "El Khattabi"), ("Mohamed", "Belhaj"), ("Youssef", "Belhaj"),
                  ("Abderrahmane", "Tahiri"), ("Mustapha", "Mimouni"), ("Fouad", "Mrabet"),
                  ("Fouad", "Amghar"), ("Said", "Harrak"), ("Youssef", "Fikri"),
                  ("Mohamed", "Bakkali"), ("Fouad", "Belkacem"), ("Hicham", "Chaib"),
                  ("Nizar", "Trabelsi"), ("Anouar", "El Haddouchi"), ("Mohamed", "Aberkane"),
                  ("Yassine", "Salhi"), ("Samir", "Azzouzi"), ("Zakaria", "Taibi"),
                  ("Mohamed", "Haddad"), ("Malika", "Laaroussi")]

# Keyboard rows for neighbour-key typos (AZERTY in FR/BE/MA records, QWERTY elsewhere).
AZERTY = ["azertyuiop", "qsdfghjklm", "wxcvbn"]
QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
KEYBOARD_OF = {"fr": AZERTY, "ma": AZERTY, "nl": QWERTY, "es": QWERTY, "en": QWERTY,
               "sc": QWERTY, "eu": AZERTY}


# =============================================================================================
# Parsing and checks of the tables
# =============================================================================================
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    """Lower case, no accents, letters only (used for sanity checks, never for generation)."""
    return "".join(c for c in strip_accents(s).lower() if c.isalpha())


def split_list(x):
    return [v.strip() for v in x.split(",") if v.strip()]


class Entry:
    def __init__(self, key, sex, flags, v, countries=None):
        self.key, self.sex, self.v, self.countries = key, sex, v, countries
        self.flags = flags.split()
        self.compound = "c" in self.flags
        self.particle = any(f.startswith("p") for f in self.flags)

    def forms(self, conv):
        if conv == "sc" and not self.v.get("sc"):
            return self.v["en"]
        return self.v[conv]

    def all_variants(self):
        out = []
        for conv in ["fr", "es", "nl", "en", "ma", "sc", "ar", "eu"]:
            for x in self.v.get(conv, []):
                if x not in out:
                    out.append(x)
        return out


def parse_maghrebi(text, has_sex):
    table = {}
    for line in text.strip().splitlines():
        f = line.split("|")
        if has_sex:
            key, sex, flags, rest = f[0], f[1], f[2], f[3:]
        else:
            key, sex, flags, rest = f[0], None, f[1], f[2:]
        assert len(rest) == 7, line
        fr, es, nl, en, ma, ar, sc = rest
        frl = split_list(fr)

        def field(x):
            x = x.strip()
            if not x:
                return list(frl)
            if x.startswith("+"):
                return frl + [y for y in split_list(x[1:]) if y not in frl]
            return split_list(x)

        v = {"fr": frl, "es": field(es), "nl": field(nl), "en": split_list(en),
             "ma": field(ma), "ar": split_list(ar), "sc": split_list(sc)}
        assert frl and v["en"] and v["ar"], line
        assert key not in table, key
        table[key] = Entry(key, sex, flags, v)
    return table


def parse_euro(text, has_sex):
    table = {}
    for line in text.strip().splitlines():
        f = line.split("|")
        if has_sex:
            key, sex, countries, flags, variants = f
        else:
            key, countries, flags, variants = f
            sex = None
        assert key not in table, key
        table[key] = Entry(key, sex, flags, {"eu": split_list(variants)}, countries.split(","))
    return table


G = parse_maghrebi(GIVEN, True)
F = parse_maghrebi(FAMILY, False)
EG = parse_euro(EURO_GIVEN, True)
EF = parse_euro(EURO_FAMILY, False)


def check_tables():
    problems = []
    for name, table in (("given", G), ("family", F)):
        seen = {}
        for e in table.values():
            n = len(e.all_variants())
            lat = len({x for c in ("fr", "es", "nl", "en", "ma") for x in e.v[c]})
            if n < 3 or lat > 10:
                problems.append(f"{name} {e.key}: {n} variants, {lat} Latin")
            for x in e.all_variants():
                k = norm(x)
                if k in seen and seen[k] != e.key:
                    problems.append(f"{name} variant {x!r} in {seen[k]} and {e.key}")
                seen[k] = e.key
    forb = [norm(x) for x in FORBIDDEN_FAMILY]
    for e in F.values():
        for x in e.all_variants():
            if norm(x) in forb:
                problems.append(f"forbidden family {x}")
    for a, b in SIMILAR_GIVEN + RELATED:
        if not ((a in G and b in G) or (a in F and b in F) or (a in G and b in F) or (a in F and b in G)):
            problems.append(f"unknown key in pair {a},{b}")
    for a, b in SIMILAR_FAMILY:
        if a not in F or b not in F:
            problems.append(f"unknown family pair {a},{b}")
    for k in SECOND_GIVEN["m"] + SECOND_GIVEN["f"] + COMMON_GIVEN + list(BEN_FAMILY_OF):
        if k not in G:
            problems.append(f"unknown given {k}")
    for k in list(BEN_FAMILY_OF.values()) + SHARIF_FAMILIES:
        if k not in F:
            problems.append(f"unknown family {k}")
    if problems:
        raise SystemExit("table problems:\n  " + "\n  ".join(problems))


# =============================================================================================
# Picking variants
# =============================================================================================
def wchoice(rng, items, weights=None):
    if weights is None:  # earlier = more frequent
        weights = [4, 2.5, 1.5, 1.2, 1, 1, 1, 1, 1, 1, 1, 1][: len(items)]
    return rng.choices(items, weights=weights, k=1)[0]


def pick(entry, conv, rng, pred=None):
    forms = entry.forms(conv)
    if pred is not None:
        forms = [x for x in forms if pred(x)]
        if not forms:
            return None
    return wchoice(rng, forms)


def tokens_lower(v):
    out, cur = [], ""
    for c in strip_accents(v).lower():
        if c.isalpha():
            cur += c
        else:
            if cur:
                out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


PARTICLE_TOKENS = ["el", "al", "ul", "ud", "ed", "es", "er", "en", "et", "ez", "ech", "ad", "as",
                   "ar", "an", "at", "az", "adh", "ash", "ben", "bin", "ibn", "bou", "bu", "abou",
                   "abu", "ait", "ayt", "ould", "uld", "wuld", "weld", "ou", "u", "oulad", "ouled",
                   "ulad", "uled", "awlad", "oelad", "van", "vanden", "vande", "de", "der", "den",
                   "del", "la", "los", "le", "du", "d"]


def particle_sig(entry, v):
    """How the particle of an entry is written in variant v: separated (with which
    separator), glued to the root, or absent."""
    toks = tokens_lower(v)
    if len(toks) > 1 and toks[0] in PARTICLE_TOKENS:
        sep = v[len(v.split()[0])] if " " in v and "-" not in v.split()[0] else "-"
        return "sep" + sep
    one = norm(v)
    for other in entry.all_variants():
        ot = tokens_lower(other)
        if len(ot) > 1 and ot[0] in PARTICLE_TOKENS:
            rest = "".join(ot[1:])
            if one == ot[0] + rest or (len(ot) > 2 and one == "".join(ot)):
                return "glued"
    return "none"


def compound_sig(v):
    return tuple("-" if c == "-" else " " for c in v if c in " -")


# =============================================================================================
# Persons
# =============================================================================================
def days_in(y, m):
    if m == 2:
        return 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def rand_dob(rng):
    y = rng.randint(1958, 2006)
    m = rng.randint(1, 12)
    return (y, m, rng.randint(1, days_in(y, m)))


def rep(dob, mode):
    y, m, d = dob
    return {"full": f"{y:04d}-{m:02d}-{d:02d}", "ym": f"{y:04d}-{m:02d}", "y": f"{y:04d}",
            "empty": ""}[mode]


def compatible(a, b):
    return not a or not b or a.startswith(b) or b.startswith(a)


GIVEN_BY_SEX = {s: [k for k, e in G.items() if e.sex == s] for s in ("m", "f")}
FAMILY_KEYS = list(F)


def given_weight(k):
    return 3 if k in COMMON_GIVEN else 1


def forbidden(gkeys, fam):
    return any((g, fam) in FORBIDDEN_FULL for g in gkeys)


def new_person(rng, sex=None, g=None, g2=None, fam=None, n_fath=None, hon=None,
               p_g2=0.12, p_fath=0.12):
    for _ in range(100):
        s = sex or ("m" if rng.random() < 0.62 else "f")
        gk = g
        if gk is None:
            pool = GIVEN_BY_SEX[s]
            gk = rng.choices(pool, weights=[given_weight(k) for k in pool], k=1)[0]
        s = G[gk].sex
        gl = [gk]
        second = g2
        if second is None and rng.random() < p_g2 and not G[gk].compound:
            second = rng.choice([x for x in SECOND_GIVEN[s] if x != gk])
        if second:
            gl.append(second)
        fk = fam or rng.choice(FAMILY_KEYS)
        nf = n_fath if n_fath is not None else (
            (2 if rng.random() < 0.3 else 1) if rng.random() < p_fath else 0)
        fath = []
        while len(fath) < nf:
            k = rng.choice(GIVEN_BY_SEX["m"])
            if k not in fath and k not in gl:
                fath.append(k)
        h = hon
        if h is None:
            prob = 0.22 if fk in SHARIF_FAMILIES else 0.02
            if rng.random() < prob:
                h = ("Moulay" if rng.random() < 0.7 else "Sidi") if s == "m" else "Lalla"
        h = h or None
        allfam = [fk] + [BEN_FAMILY_OF[f] for f in fath[:1] if f in BEN_FAMILY_OF]
        if any(forbidden(gl, x) for x in allfam):
            continue
        return {"kind": "mag", "sex": s, "hon": h, "g": gl, "fath": fath, "fam": fk,
                "dob": rand_dob(rng)}
    raise RuntimeError("could not make person")


def side_case(rng, conv):
    if conv in ("fr", "ma", "nl", "es"):
        r = rng.random()
        if r < 0.2:
            return "famupper"
        if r < 0.24:
            return "allupper"
    return "mixed"


def render(p, conv, rng, fixed=None, keep_g=None, n_patro=None, ben_family=False,
           order="gf", case=None, comma=False, drop_hon=False):
    fixed = fixed or {}
    if case is None:
        case = side_case(rng, conv)
    if conv == "ar":
        case, order = "mixed", "gf"
    sex = p["sex"]
    gkeys = p["g"] if keep_g is None else [p["g"][i] for i in keep_g]
    gv = [fixed.get(("g", k)) or pick(G[k], conv, rng) for k in gkeys]
    given = (rng.choice(GIVEN_JOIN[conv]) if len(gv) > 1 else " ").join(gv)
    if p["hon"] and not drop_hon:
        given = (fixed.get("hon") or wchoice(rng, HONORIFIC[p["hon"]][conv])) + " " + given
    fath = p["fath"] if n_patro is None else p["fath"][:n_patro]
    patro = ""
    if ben_family:
        fam = fixed.get("fam") or pick(F[BEN_FAMILY_OF[p["fath"][0]]], conv, rng)
    else:
        conn_m = wchoice(rng, CONNECT[conv]["m"])
        conn_1 = conn_m if sex == "m" else wchoice(rng, CONNECT[conv]["f"])
        for i, k in enumerate(fath):
            patro += " " + (conn_1 if i == 0 else conn_m) + " " + pick(G[k], conv, rng)
        fam = fixed.get("fam") or pick(F[p["fam"]], conv, rng)
    if case == "famupper":
        fam = fam.upper()
    if order == "fg":
        s = fam + (", " if comma else " ") + given + patro
    else:
        s = given + patro + " " + fam
    if case == "allupper":
        s = s.upper()
    return s


# European persons ------------------------------------------------------------------------------
EU_COUNTRIES = ["be_nl", "be_fr", "fr", "es", "de"]
EU_COUNTRY_W = [30, 22, 22, 20, 6]


def eu_pool(table, country, sex=None):
    return [k for k, e in table.items() if country in e.countries and (sex is None or e.sex == sex)]


def new_eu(rng, country=None, sex=None, g=None, fam=None):
    c = country or wchoice(rng, EU_COUNTRIES, EU_COUNTRY_W)
    s = sex or ("m" if rng.random() < 0.6 else "f")
    gk = g or rng.choice(eu_pool(EG, c, s))
    fams = fam or ([rng.choice(eu_pool(EF, c))] if c != "es" else rng.sample(eu_pool(EF, "es"), 2))
    return {"kind": "eu", "country": c, "sex": EG[gk].sex, "g": [gk], "fam": list(fams),
            "dob": rand_dob(rng)}


def render_eu(p, rng, drop_second=False, order="gf", case=None, comma=False):
    if case is None:
        r = rng.random()
        case = "famupper" if r < 0.22 else ("allupper" if r < 0.27 else "mixed")
    given = wchoice(rng, EG[p["g"][0]].v["eu"])
    fams = p["fam"][:1] if drop_second else p["fam"]
    fv = [wchoice(rng, EF[k].v["eu"]) for k in fams]
    fam = (" " if rng.random() < 0.85 else "-").join(fv)
    if case == "famupper":
        fam = fam.upper()
    s = (fam + (", " if comma else " ") + given) if order == "fg" else (given + " " + fam)
    return s.upper() if case == "allupper" else s


# =============================================================================================
# DOB columns
# =============================================================================================
ANY_MODES = (["empty", "full", "y", "ym"], [35, 45, 13, 7])
STRICT_MODES = (["full", "y", "ym"], [75, 17, 8])


def pos_dobs(rng, dob, strict=False):
    if strict:
        while True:
            a, b = (wchoice(rng, *STRICT_MODES) for _ in range(2))
            if "full" in (a, b):
                return rep(dob, a), rep(dob, b)
    a, b = (wchoice(rng, *ANY_MODES) for _ in range(2))
    return rep(dob, a), rep(dob, b)


def neg_dobs(rng, d1, d2, same_year_p=0.15):
    if rng.random() < same_year_p:  # same birth year by chance
        y = d1[0]
        m = rng.randint(1, 12)
        d2 = (y, m, rng.randint(1, days_in(y, m)))
    if d2 == d1:
        d2 = (d1[0] + 1, d1[1], min(d1[2], days_in(d1[0] + 1, d1[1])))
    a, b = (wchoice(rng, *ANY_MODES) for _ in range(2))
    return rep(d1, a), rep(d2, b)


def dob_error(rng, s):
    """A 1-digit typo or a day/month swap on a full ISO date (for a few positives)."""
    y, m, d = int(s[:4]), int(s[5:7]), int(s[8:10])
    if d <= 12 and d != m and rng.random() < 0.4:
        return f"{y:04d}-{d:02d}-{m:02d}", "day/month swap"
    for _ in range(50):
        pos = rng.choice([3, 5, 6, 8, 9])
        digits = list(s)
        digits[pos] = str(rng.choice([x for x in range(10) if str(x) != s[pos]]))
        t = "".join(digits)
        yy, mm, dd = int(t[:4]), int(t[5:7]), int(t[8:10])
        if 1 <= mm <= 12 and 1 <= dd <= days_in(yy, mm) and 1955 <= yy <= 2007:
            return t, "1-digit typo"
    return None, None


# =============================================================================================
# Typos (human, on top of a variant)
# =============================================================================================
def typo(s, kb, rng):
    spans, i = [], 0
    while i < len(s):
        if s[i].isascii() and s[i].isalpha():
            j = i
            while j < len(s) and s[j].isascii() and s[j].isalpha():
                j += 1
            if j - i >= 5:
                spans.append((i, j))
            i = j
        else:
            i += 1
    if not spans:
        return None, None
    for _ in range(20):
        a, b = rng.choice(spans)
        op = rng.choice(["drop", "double", "swap", "neighbour"])
        k = rng.randint(a + 1, b - 1)
        if op == "drop":
            t = s[:k] + s[k + 1:]
        elif op == "double":
            t = s[:k] + s[k] + s[k:]
        elif op == "swap":
            if k + 1 >= b or s[k].lower() == s[k + 1].lower():
                continue
            t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        else:
            c = s[k].lower()
            nb = []
            for row in kb:
                x = row.find(c)
                if x >= 0:
                    nb = [row[y] for y in (x - 1, x + 1) if 0 <= y < len(row)]
            if not nb:
                continue
            r = rng.choice(nb)
            t = s[:k] + (r.upper() if s[k].isupper() else r) + s[k + 1:]
        if t != s:
            return t, op
    return None, None


# =============================================================================================
# Subset builders.  Each returns (name_a, name_b, dob_a, dob_b) or None.
# =============================================================================================
def two_convs(rng, distinct=True):
    c1 = wchoice(rng, LATIN, LATIN_W)
    while True:
        c2 = wchoice(rng, LATIN, LATIN_W)
        if not distinct or c2 != c1:
            return c1, c2


def maybe_swap(rng, a, b, da, db):
    return (b, a, db, da) if rng.random() < 0.5 else (a, b, da, db)


def b_maghrebi_latin(rng):
    p = new_person(rng)
    c1, c2 = two_convs(rng)
    a, b = render(p, c1, rng), render(p, c2, rng)
    if norm(a) == norm(b):
        return None
    return (a, b) + pos_dobs(rng, p["dob"]), p


def b_arabic_script(rng):
    p = new_person(rng, p_fath=0.2, p_g2=0.15)
    a = render(p, wchoice(rng, LATIN, LATIN_W), rng)
    b = render(p, "ar", rng)
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"])), p


def b_order_swap(rng):
    p = new_person(rng, p_fath=0.08, p_g2=0.1)
    c1, c2 = two_convs(rng, distinct=False)
    a = render(p, c1, rng)
    r = rng.random()
    case = "famupper" if r < 0.65 else ("allupper" if r < 0.75 else "mixed")
    b = render(p, c2, rng, order="fg", case=case, comma=rng.random() < 0.3)
    if a == b:
        return None
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"])), p


PARTICLE_FAM = [k for k, e in F.items() if e.particle]
PARTICLE_GIVEN = [k for k, e in G.items() if e.particle]
COMPOUND_GIVEN = [k for k, e in G.items() if e.compound]
COMPOUND_FAM = [k for k, e in F.items() if e.compound]


def b_particle(rng):
    r = rng.random()
    c1, c2 = two_convs(rng, distinct=False)
    if r < 0.15:  # honorific present on one side only
        sex = "m" if rng.random() < 0.7 else "f"
        hon = ("Moulay" if rng.random() < 0.7 else "Sidi") if sex == "m" else "Lalla"
        p = new_person(rng, sex=sex, hon=hon, fam=rng.choice(SHARIF_FAMILIES), p_g2=0.05,
                       p_fath=0.0)
        a, b = render(p, c1, rng), render(p, c2, rng, drop_hon=True)
    else:
        if r < 0.3:
            gk = rng.choice(PARTICLE_GIVEN)
            p = new_person(rng, g=gk, p_g2=0, p_fath=0.05)
            ent, slot = G[gk], ("g", gk)
        else:
            p = new_person(rng, fam=rng.choice(PARTICLE_FAM), p_g2=0.05, p_fath=0.05)
            ent, slot = F[p["fam"]], "fam"
        for _ in range(30):
            v1, v2 = pick(ent, c1, rng), pick(ent, c2, rng)
            if particle_sig(ent, v1) != particle_sig(ent, v2):
                break
        else:
            return None
        a = render(p, c1, rng, fixed={slot: v1})
        b = render(p, c2, rng, fixed={slot: v2})
    if a == b:
        return None
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"])), p


def b_compound(rng):
    c1, c2 = two_convs(rng, distinct=False)
    if rng.random() < 0.9:
        gk = rng.choice(COMPOUND_GIVEN)
        p = new_person(rng, g=gk, p_g2=0, p_fath=0.05)
        ent, slot = G[gk], ("g", gk)
    else:
        p = new_person(rng, fam=rng.choice(COMPOUND_FAM), p_g2=0, p_fath=0)
        ent, slot = F[p["fam"]], "fam"
    for _ in range(30):
        v1, v2 = pick(ent, c1, rng), pick(ent, c2, rng)
        if compound_sig(v1) != compound_sig(v2):
            break
    else:
        return None
    a = render(p, c1, rng, fixed={slot: v1})
    b = render(p, c2, rng, fixed={slot: v2})
    if a == b:
        return None
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"])), p


def b_missing_middle(rng):
    sex = "m" if rng.random() < 0.8 else "f"
    if sex == "m" and rng.random() < 0.6:
        g1 = "Mohamed" if rng.random() < 0.8 else "Ahmed"
    else:
        g1 = None
    p = new_person(rng, sex=sex, g=g1, g2=None, p_g2=1.0, p_fath=0.05)
    if len(p["g"]) < 2:
        return None
    keep = [1] if (p["g"][0] in ("Mohamed", "Ahmed") and rng.random() < 0.4) else [0]
    c1, c2 = two_convs(rng, distinct=False)
    a, b = render(p, c1, rng), render(p, c2, rng, keep_g=keep)
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"], strict=True)), p


def b_patronymic(rng):
    r = rng.random()
    if r < 0.3:
        father = rng.choice(list(BEN_FAMILY_OF))
        p = new_person(rng, sex="m" if rng.random() < 0.85 else "f", n_fath=1, p_g2=0.05)
        if father in p["g"]:
            return None
        p["fath"] = [father]
        if any(forbidden(p["g"], x) for x in (p["fam"], BEN_FAMILY_OF[father])):
            return None
        kw = {"ben_family": True}
    elif r < 0.65:
        p = new_person(rng, n_fath=2, p_g2=0.05)
        kw = {"n_patro": rng.choice([0, 1])}
    else:
        p = new_person(rng, n_fath=1, p_g2=0.05)
        kw = {"n_patro": 0}
    c1, c2 = two_convs(rng, distinct=False)
    a, b = render(p, c1, rng), render(p, c2, rng, **kw)
    if a == b:
        return None
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"], strict=True)), p


def b_european(rng):
    p = new_eu(rng)
    drop = p["country"] == "es" and rng.random() < 0.3
    fg = rng.random() < 0.2
    a = render_eu(p, rng)
    b = render_eu(p, rng, drop_second=drop, order="fg" if fg else "gf", comma=rng.random() < 0.3)
    if a.casefold() == b.casefold():  # upper/lower case alone is not an interesting pair
        return None
    return maybe_swap(rng, a, b, *pos_dobs(rng, p["dob"], strict=drop)), p


def b_typo(rng):
    if rng.random() < 0.85:
        p = new_person(rng)
        c1, c2 = two_convs(rng, distinct=False)
        if c2 == "sc":  # no keyboard typos in scholarly transliterations
            return None
        a, b = render(p, c1, rng), render(p, c2, rng)
        kb = KEYBOARD_OF[c2]
    else:
        p = new_eu(rng)
        a, b = render_eu(p, rng), render_eu(p, rng)
        kb = KEYBOARD_OF["eu"] if p["country"] in ("fr", "be_fr") else QWERTY
    t, _ = typo(b, kb, rng)
    if t is None or t == a:
        return None
    return maybe_swap(rng, a, t, *pos_dobs(rng, p["dob"])), p


# Negatives -----------------------------------------------------------------------------------
def related(a, b):
    return (a, b) in RELATED or (b, a) in RELATED


def share_token(ka, kb, table):
    ta = set(tokens_lower(ka)) | {norm(x) for x in table[ka].all_variants()}
    tb = set(tokens_lower(kb)) | {norm(x) for x in table[kb].all_variants()}
    return bool(ta & tb) or bool(set(tokens_lower(ka)) & set(tokens_lower(kb)))


def render_pair_neg(rng, p, q, arabic_p=0.12):
    if rng.random() < arabic_p:
        a = render(p, wchoice(rng, LATIN, LATIN_W), rng)
        b = render(q, "ar", rng)
    else:
        c1, c2 = two_convs(rng, distinct=False)
        a, b = render(p, c1, rng), render(q, c2, rng)
    return a, b


def different_people(p, q):
    if p["kind"] != q["kind"]:
        return True
    return (p["g"] != q["g"] or p["fam"] != q["fam"] or p.get("fath") != q.get("fath"))


def b_neg_common_given(rng):
    g = rng.choice(COMMON_GIVEN)
    p = new_person(rng, g=g, p_g2=0, p_fath=0)
    f1 = p["fam"]
    r = rng.random()
    partners = [b for a, b in SIMILAR_FAMILY if a == f1] + [a for a, b in SIMILAR_FAMILY if b == f1]
    if r < 0.35 and partners:
        f2 = rng.choice(partners)
    elif r < 0.75 and F[f1].particle:
        kind = [x for x in F[f1].flags if x.startswith("p")][0]
        f2 = rng.choice([k for k, e in F.items() if kind in e.flags and k != f1])
    else:
        f2 = rng.choice(FAMILY_KEYS)
    if f2 == f1 or related(f1, f2) or forbidden([g], f2):
        return None
    q = new_person(rng, g=g, fam=f2, p_g2=0, p_fath=0, hon=p["hon"] or "")
    a, b = render_pair_neg(rng, p, q)
    return (a, b) + neg_dobs(rng, p["dob"], q["dob"]), (p, q)


def b_neg_same_family(rng):
    p = new_person(rng, p_g2=0, p_fath=0)
    same_sex = rng.random() < 0.7
    sex = p["sex"] if same_sex else ("f" if p["sex"] == "m" else "m")
    g2 = rng.choice(GIVEN_BY_SEX[sex])
    g1 = p["g"][0]
    if g2 == g1 or related(g1, g2) or share_token(g1, g2, G) or forbidden([g2], p["fam"]):
        return None
    q = new_person(rng, g=g2, fam=p["fam"], p_g2=0, p_fath=0, hon=p["hon"] if p["hon"] and G[g2].sex == p["sex"] else "")
    a, b = render_pair_neg(rng, p, q)
    return (a, b) + neg_dobs(rng, p["dob"], q["dob"], same_year_p=0.05), (p, q)


def b_neg_similar(rng):
    if rng.random() < 0.5:
        x, y = rng.choice(SIMILAR_GIVEN)
        if rng.random() < 0.5:
            x, y = y, x
        p = new_person(rng, g=x, p_g2=0, p_fath=0.05)
        if forbidden([y], p["fam"]):
            return None
        q = dict(p, g=[y], sex=G[y].sex, dob=rand_dob(rng))
        if q["sex"] != p["sex"]:
            q["hon"] = None
    else:
        x, y = rng.choice(SIMILAR_FAMILY)
        if rng.random() < 0.5:
            x, y = y, x
        p = new_person(rng, fam=x, p_g2=0, p_fath=0.05)
        if forbidden(p["g"], y):
            return None
        q = dict(p, fam=y, dob=rand_dob(rng))
    a, b = render_pair_neg(rng, p, q)
    return (a, b) + neg_dobs(rng, p["dob"], q["dob"]), (p, q)


def b_neg_rare_element(rng):
    if rng.random() < 0.55:
        p = new_person(rng, p_g2=1.0, p_fath=0)
        if len(p["g"]) < 2:
            return None
        alt = rng.choice([x for x in SECOND_GIVEN[p["sex"]] if x not in p["g"]])
        if related(alt, p["g"][1]):
            return None
        q = dict(p, g=[p["g"][0], alt], dob=rand_dob(rng))
    else:
        p = new_person(rng, n_fath=1, p_g2=0)
        alt = rng.choice([k for k in GIVEN_BY_SEX["m"] if k not in p["fath"] and k not in p["g"]])
        if related(alt, p["fath"][0]) or share_token(alt, p["fath"][0], G):
            return None
        q = dict(p, fath=[alt], dob=rand_dob(rng))
    a, b = render_pair_neg(rng, p, q, arabic_p=0.08)
    return (a, b) + neg_dobs(rng, p["dob"], q["dob"]), (p, q)


def b_neg_random(rng):
    p = new_person(rng)
    if rng.random() < 0.15:
        q = new_eu(rng)
        a, b = render(p, wchoice(rng, LATIN, LATIN_W), rng), render_eu(q, rng)
    else:
        q = new_person(rng)
        if q["fam"] == p["fam"] or q["g"][0] == p["g"][0]:
            return None
        a, b = render_pair_neg(rng, p, q)
    a, b, da, db = maybe_swap(rng, a, b, *neg_dobs(rng, p["dob"], q["dob"], same_year_p=0.03))
    return (a, b, da, db), (p, q)


EU_SIMILAR = [("Jean", "Jeanne"), ("Daniel", "Danielle"), ("Louis", "Louise"),
              ("Michel", "Michèle"), ("André", "Andrée"), ("René", "Renée"),
              ("Pascal", "Pascale"), ("Gabriel", "Gabrielle"), ("Manuel", "Manuela"),
              ("Francisco", "Francisca")]


def b_neg_european(rng):
    r = rng.random()
    if r < 0.3:  # siblings: same family, different given names
        p = new_eu(rng)
        g2 = rng.choice(eu_pool(EG, p["country"]))
        if g2 == p["g"][0] or share_token(g2, p["g"][0], EG):
            return None
        q = dict(p, g=[g2], sex=EG[g2].sex, dob=rand_dob(rng))
    elif r < 0.55:  # same given name, different family
        p = new_eu(rng)
        q = new_eu(rng, country=p["country"], g=p["g"][0])
        if q["fam"][0] == p["fam"][0]:
            return None
    elif r < 0.75:  # look-alike given names of the other sex, same family
        x, y = rng.choice(EU_SIMILAR)
        if rng.random() < 0.5:
            x, y = y, x
        c = rng.choice([c for c in EU_COUNTRIES if c in EG[x].countries and c in EG[y].countries])
        p = new_eu(rng, country=c, g=x)
        q = dict(p, g=[y], sex=EG[y].sex, dob=rand_dob(rng))
    else:  # Spanish: same given name and first surname, different second surname
        p = new_eu(rng, country="es")
        s2 = rng.choice([k for k in eu_pool(EF, "es") if k not in p["fam"]])
        q = dict(p, fam=[p["fam"][0], s2], dob=rand_dob(rng))
    a, b = render_eu(p, rng), render_eu(q, rng)
    return maybe_swap(rng, a, b, *neg_dobs(rng, p["dob"], q["dob"])), (p, q)


# =============================================================================================
# Assembly
# =============================================================================================
PLAN = [  # (subset, label, builder, target rows)
    ("maghrebi_latin", 1, b_maghrebi_latin, 250),
    ("arabic_script", 1, b_arabic_script, 215),
    ("order_swap", 1, b_order_swap, 140),
    ("particle", 1, b_particle, 140),
    ("compound", 1, b_compound, 100),
    ("missing_middle", 1, b_missing_middle, 75),
    ("patronymic", 1, b_patronymic, 75),
    ("typo", 1, b_typo, 90),
    ("european", 1, b_european, 175),
    ("neg_common_given", 0, b_neg_common_given, 300),
    ("neg_same_family", 0, b_neg_same_family, 280),
    ("neg_similar", 0, b_neg_similar, 250),
    ("neg_rare_element", 0, b_neg_rare_element, 150),
    ("neg_european", 0, b_neg_european, 240),
    ("neg_random", 0, b_neg_random, 320),
]
DOB_ERROR_RATE = 0.02
# Only where the names alone carry the match (not on top of a dropped element or a typo).
DOB_ERROR_SUBSETS = ["maghrebi_latin", "arabic_script", "order_swap", "particle", "compound",
                     "european"]
HEADER = ["name_a", "name_b", "dob_a", "dob_b", "label", "subset"]


def has_arabic(s):
    return any("\u0600" <= c <= "\u06ff" for c in s)


def build():
    check_tables()
    rng = random.Random(SEED)
    rows, seen, dob_errors = [], {}, []
    for subset, label, builder, target in PLAN:
        n, tries = 0, 0
        while n < target:
            tries += 1
            if tries > target * 200:
                raise RuntimeError(f"cannot fill {subset}")
            res = builder(rng)
            if res is None:
                continue
            (a, b, da, db), who = res
            if not a.strip() or not b.strip() or a == b:
                continue
            if label == 0:
                p, q = who
                if not different_people(p, q) or sorted(tokens_lower(a)) == sorted(tokens_lower(b)):
                    continue
            key = tuple(sorted((a, b)))
            if key in seen:
                continue
            err = None
            if label == 1 and subset in DOB_ERROR_SUBSETS and da and db and len(da) == 10 \
                    and len(db) == 10 and rng.random() < DOB_ERROR_RATE / 0.3:
                t, kind = dob_error(rng, db)
                if t:
                    db, err = t, kind
            if label == 1 and not err:
                assert compatible(da, db), (a, b, da, db)
            seen[key] = label
            rows.append([a, b, da, db, str(label), subset])
            if err:
                dob_errors.append((a, b, da, db, subset, err))
            n += 1
    rng.shuffle(rows)
    return rows, dob_errors


def write(rows):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def dob_relation(a, b):
    if not a and not b:
        return "both_empty"
    if not a or not b:
        return "one_empty"
    return "compatible" if compatible(a, b) else "different"


def check_file(path=OUT, verbose=True):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == HEADER, rows[0]
    body = rows[1:]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    assert buf.getvalue() == text, "csv round trip differs"
    assert all(len(r) == 6 for r in body)
    assert all(r[0].strip() and r[1].strip() for r in body), "empty name"
    assert len({tuple(r) for r in body}) == len(body), "duplicate rows"
    pairs = {}
    for r in body:
        k = tuple(sorted(r[:2]))
        assert k not in pairs, f"pair repeated: {k}"
        pairs[k] = r[4]
    for r in body:
        for d in r[2:4]:
            assert d == "" or len(d) in (4, 7, 10), d
            assert all(c.isdigit() or c == "-" for c in d), d
    stats = {}
    for r in body:
        stats.setdefault((r[5], r[4]), []).append(r)
    if verbose:
        npos = sum(1 for r in body if r[4] == "1")
        print(f"rows {len(body)}  positives {npos} ({100 * npos / len(body):.1f}%)")
        print("| subset | label | rows | with Arabic script | dob both empty | one empty | compatible | different |")
        print("|---|---|---|---|---|---|---|---|")
        order = [s for s, *_ in PLAN]
        for (s, l) in sorted(stats, key=lambda k: order.index(k[0])):
            rs = stats[(s, l)]
            rel = [dob_relation(r[2], r[3]) for r in rs]
            ar = sum(1 for r in rs if has_arabic(r[0] + r[1]))
            print(f"| {s} | {l} | {len(rs)} | {ar} | {rel.count('both_empty')} | "
                  f"{rel.count('one_empty')} | {rel.count('compatible')} | {rel.count('different')} |")
        eu = sum(len(v) for (s, l), v in stats.items() if s in ("european", "neg_european"))
        print(f"european rows {eu} ({100 * eu / len(body):.1f}%)")
    return body


def main():
    if "--check" in sys.argv:
        check_file()
        return
    rows, dob_errors = build()
    write(rows)
    check_file()
    print(f"positives with a deliberate DOB error: {len(dob_errors)}")
    for a, b, da, db, s, kind in dob_errors:
        print(f"| {a} | {b} | {da} | {db} | {s} | {kind} |")


if __name__ == "__main__":
    main()
