/**
 * Family names that open East Asian names, which Korean, Chinese and Japanese usage (and Vietnamese, in
 * given-names.ts's VIET_FAMILY) writes before the given name ("Kim Min-jun", "Chan Ka-wai", "Tanaka Hiroshi"), from
 * what is publicly known of each (the commonest in their usual romanisations), not from any text's errors. Alone,
 * many are English words or given names ("Park", "Song", "Long", "Man"); they say a person only with the given name
 * that follows them in their own shape: a hyphenated one (Korean, Taiwanese, Hong Kong) or, for Japanese, one the
 * given-names table knows.
 */

/** Korean (South and North), then Chinese in pinyin, Wade-Giles (Taiwan) and Cantonese (Hong Kong, Macau) spellings. */
export const HYPHEN_GIVEN_FAMILY = new Set(`Kim Gim Lee Yi Rhee Ri Park Pak Bak Choi Choe Jung Jeong Chung Kang Gang Cho Jo Yoon Yun
  Jang Chang Lim Im Rim Han Oh O Seo Suh Shin Sin Kwon Gwon Hwang Ahn An Song Yoo Yu Ryu Ryoo Hong Jeon Jun Chun Ko Go
  Moon Mun Yang Son Sohn Bae Pae Baek Paik Heo Huh Nam Noh Roh Ro Ha Kwak Sung Seong Cha Joo Ju Woo U Koo Gu Min Na Jin
  Ji Eom Um Chae Won Cheon Bang Gong Hyun Ham Byun Byeon Yeom Yeo Choo Chu Do Seok Seol Ma Gil Pyo Yeon Wi Myung Ki
  Ban Ra Geum Ok Yuk Maeng Je Mo Tak Kook Eo
  Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng
  Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Liao Shi Jia Xia
  Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao Qian Kong Mao Wan Lai
  Tsai Tsao Chiang Hsu Hsieh Kuo Lo Sung Chou Yeh Teng Tseng Hsiao Tu Shih Chien Yen Chao Hsueh Kao Lien Soong Kuan
  Chan Wong Leung Cheung Lau Ng Ho Yip Ip Tsang Lam Chow Kwok Mak Tse Fung Yeung Siu Law Kwan Poon Tam Au Yuen Hui
  Chiu Szeto Man Mok Tong Tsui Lui Wai Kwong Tsoi Chong Teo Goh Ong Tay Koh Lim Yeo Quek Heng`.split(/\s+/));

/** Japanese, the commonest family names. */
export const JAPANESE_FAMILY = new Set(`Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida
  Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa
  Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito Sakamoto Endo Aoki Fujii Nishimura Fukuda
  Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko Wada Nakayama Ishida Ueda Morita
  Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno Maruyama Imai Takada Fujimoto
  Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Chiba Kubo Matsui Iwasaki Sakurai Kinoshita Noguchi Matsuo
  Kikuchi Nomura Arai Kishida Koizumi Hatoyama Ishiba Suga Kono Motegi Hayashida Nishida Kawaguchi Kawasaki Yano`.split(/\s+/));

/** The Vietnamese middle names that follow the family name and say the name is a person's ("Nguyễn Thị Lan", "Trần
 * Văn Minh", "Lê Hữu Phước", "Phạm Ngọc Anh"). */
export const VIET_MIDDLE = new Set(['Thị', 'Thi', 'Văn', 'Van', 'Hữu', 'Huu', 'Đức', 'Duc', 'Ngọc', 'Ngoc', 'Quốc', 'Quoc', 'Xuân', 'Xuan', 'Thanh', 'Minh', 'Công', 'Cong', 'Đình', 'Dinh', 'Kim', 'Thu', 'Hoàng', 'Hoang']);

/** The words that end a woman's name in Bangladesh, Pakistan and North India and serve as her surname ("Rokeya Begum …
 * Begum said", "Shirin Akter", "Morjina Khatun"); "Begum" before a name is a style, after a given name the surname. */
export const SOUTH_ASIAN_WOMEN_SURNAMES = new Set(['Begum', 'Khatun', 'Khatoon', 'Akter', 'Akhter', 'Akhtar', 'Bibi', 'Nessa', 'Banu', 'Parvin', 'Parveen']);
