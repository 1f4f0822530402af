// Demo nominations for the seed: Bù Gia Mập district (Bình Phước), campaign
// "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau" 2021–2025.
// Names, phone numbers and figures are illustrative; hamlets follow the local naming (thôn, bon).
import type { DemoNomination } from './demo-types';

/** Joins paragraphs with a blank line, as `story` expects. */
const paragraphs = (...parts: string[]): string => parts.join('\n\n');

export const DEMO_NOMINATIONS: DemoNomination[] = [
  // 1 — the cattle-bank model that others replicate.
  {
    key: 'ngan-hang-bo-phu-nghia',
    unit: 'ubnd-phu-nghia',
    communeCode: '25267',
    year: 2022,
    status: 'approved',
    nomineeKind: 'model',
    field: 'production',
    title: 'Mô hình “Ngân hàng bò” giúp hộ nghèo xã Phú Nghĩa',
    nomineeName: 'Ngân hàng bò xã Phú Nghĩa',
    modelHowItWorks:
      'UBND xã cùng các đoàn thể vận động nguồn xã hội hóa mua bò cái sinh sản giao cho hộ nghèo, hộ cận nghèo có lao động và chỗ làm chuồng. Khi bê cái lứa đầu đủ 12 tháng tuổi, hộ nhận bò chuyển bê cho hộ tiếp theo trong danh sách do thôn, bon họp dân bình xét công khai, còn bò mẹ thuộc về hộ. Cán bộ thú y và Hội Nông dân xã theo dõi từng chuồng, tập huấn trồng cỏ, ủ thức ăn và phòng bệnh.',
    modelSince: 2020,
    summary:
      "Từ năm 2020, xã Phú Nghĩa vận động 410 triệu đồng mua 30 con bò cái sinh sản giao cho hộ nghèo; bê cái lứa đầu được luân chuyển cho hộ khác. Đến cuối năm 2022, đàn bò của mô hình lên 58 con, 41 hộ được nhận bò và 19 hộ đã thoát nghèo, phần lớn là hộ đồng bào S'tiêng ở bon Bù Dốt và thôn Phú Thịnh.",
    story: paragraphs(
      "Năm 2020, Phú Nghĩa là một trong những xã có tỷ lệ hộ nghèo cao nhất huyện Bù Gia Mập, phần lớn là hộ đồng bào S'tiêng ở bon Bù Dốt và thôn Phú Thịnh. Nhiều hộ có đất nhưng thiếu vốn, thiếu kinh nghiệm chăn nuôi, hết mùa điều lại phải đi làm thuê.",
      'Từ gợi ý của Hội Nông dân, UBND xã vận động doanh nghiệp, cán bộ, công chức và người dân hảo tâm góp 410 triệu đồng, mua 30 con bò cái sinh sản giao cho 30 hộ nghèo đầu tiên. Mỗi hộ ký cam kết với thôn, bon: khi bê cái đủ 12 tháng tuổi thì chuyển cho hộ tiếp theo trong danh sách đã được họp dân bình xét.',
      'Cán bộ thú y xã đến từng chuồng tiêm phòng lở mồm long móng, tụ huyết trùng; Hội Nông dân hướng dẫn trồng cỏ VA06 trên đất trống và ủ rơm làm thức ăn mùa khô. Đến cuối năm 2022, đàn bò của mô hình đã lên 58 con, 11 con bê cái đã được luân chuyển, tổng cộng 41 hộ được nhận bò.',
      'Có 19 hộ đã thoát nghèo theo chuẩn nghèo đa chiều giai đoạn 2022–2025, 8 hộ cận nghèo có thêm nguồn thu từ 15 đến 20 triệu đồng mỗi năm. Nhiều hộ bán bò đực lấy tiền mua cây điều ghép, làm lại chuồng trại. Mô hình đang được các xã lân cận đến học tập cách làm.',
    ),
    contactPhone: '0913 482 615',
    address: 'thôn Khắc Khoan, xã Phú Nghĩa',
    unitContactPerson: 'Nguyễn Văn Thắng – Phó Chủ tịch UBND xã Phú Nghĩa',
    impact: {
      householdsEscaped: 19,
      nearPoorHelped: 8,
      beneficiaryHouseholds: 41,
      ethnicMinorityHouseholds: 27,
      jobsCreated: 0,
      contributionVnd: 410000000,
      startedYear: 2020,
    },
    photos: [
      { caption: 'Bàn giao bò cái sinh sản cho hộ nghèo bon Bù Dốt', motif: 'cattle', isPublic: true },
      { caption: 'Lễ luân chuyển bê cái lứa đầu tại thôn Phú Thịnh, năm 2022', motif: 'people', isPublic: true },
      { caption: 'Ruộng cỏ VA06 trồng làm thức ăn cho bò', motif: 'field', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
    commendation: {
      form: 'Giấy khen',
      issuer: 'Chủ tịch UBND huyện Bù Gia Mập',
      decisionNumber: '2875/QĐ-UBND',
      decisionDate: '2022-12-20',
    },
  },

  // 2 — replication of the cattle bank in Đa Kia.
  {
    key: 'ngan-hang-bo-da-kia',
    unit: 'ubnd-da-kia',
    communeCode: '25231',
    year: 2024,
    status: 'approved',
    nomineeKind: 'model',
    field: 'production',
    title: 'Nhân rộng mô hình “Ngân hàng bò” ở xã Đa Kia',
    nomineeName: 'Ngân hàng bò xã Đa Kia',
    modelHowItWorks:
      'Học cách làm của xã Phú Nghĩa, UBND xã Đa Kia dùng Quỹ “Vì người nghèo” và đóng góp của doanh nghiệp mua bò cái sinh sản giao cho hộ nghèo. Bê cái lứa đầu được luân chuyển cho hộ khác khi đủ 12 tháng tuổi. Hộ nhận bò được tập huấn chăn nuôi và vay thêm vốn Ngân hàng Chính sách xã hội để làm chuồng, trồng cỏ.',
    modelSince: 2022,
    summary:
      'Học tập xã Phú Nghĩa, từ năm 2022 xã Đa Kia góp 224 triệu đồng mua 16 con bò cái giao cho hộ nghèo ở thôn Bình Tiến 1, Bình Tiến 2 và Phước Tân, kết hợp vốn vay chính sách để làm chuồng, trồng cỏ. Đến cuối năm 2024, 24 hộ đã được nhận bò, 9 hộ thoát nghèo.',
    story: paragraphs(
      'Đầu năm 2022, sau chuyến học tập mô hình “Ngân hàng bò” ở xã Phú Nghĩa, Đảng ủy và UBND xã Đa Kia quyết định làm theo, bắt đầu từ các thôn còn nhiều hộ nghèo là thôn Bình Tiến 1, thôn Bình Tiến 2 và thôn Phước Tân.',
      'Xã trích 96 triệu đồng từ Quỹ “Vì người nghèo”, vận động thêm 128 triệu đồng từ các cơ sở thu mua điều và cán bộ, công chức, tổng cộng 224 triệu đồng, mua 16 con bò cái sinh sản. Danh sách hộ nhận bò được họp dân bình xét công khai, ưu tiên hộ có lao động và đất trồng cỏ.',
      'Khác với Phú Nghĩa, Đa Kia gắn thêm vốn vay: mỗi hộ nhận bò được Ngân hàng Chính sách xã hội huyện cho vay từ 20 đến 30 triệu đồng để làm chuồng, trồng cỏ và mua thêm bê. Cán bộ khuyến nông xã mỗi tháng đi kiểm tra đàn bò một lần, ghi sổ theo dõi từng con.',
      'Đến cuối năm 2024, 8 con bê cái đã được luân chuyển, nâng tổng số hộ được nhận bò lên 24 hộ, trong đó 10 hộ đồng bào dân tộc thiểu số. Có 9 hộ đã thoát nghèo, 5 hộ cận nghèo có thêm nguồn thu ổn định từ 15 đến 25 triệu đồng mỗi năm.',
    ),
    contactPhone: '0968 215 374',
    address: 'thôn Bình Tiến 2, xã Đa Kia',
    unitContactPerson: 'Vũ Thị Lan – Phó Chủ tịch UBND xã Đa Kia',
    impact: {
      householdsEscaped: 9,
      nearPoorHelped: 5,
      beneficiaryHouseholds: 24,
      ethnicMinorityHouseholds: 10,
      contributionVnd: 224000000,
      startedYear: 2022,
    },
    replicates: 'ngan-hang-bo-phu-nghia',
    photos: [
      { caption: 'Đàn bò của hộ nhận bò ở thôn Bình Tiến 1', motif: 'cattle', isPublic: true },
      { caption: 'Họp dân bình xét hộ nhận bê luân chuyển tại thôn Phước Tân', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 3 — second replication, run by a farmers' club in Bình Thắng.
  {
    key: 'ngan-hang-bo-binh-thang',
    unit: 'hoi-nong-dan',
    communeCode: '25234',
    year: 2025,
    status: 'approved',
    nomineeKind: 'model',
    field: 'production',
    title: '“Ngân hàng bò” của Câu lạc bộ nông dân thôn Bình Tân, xã Bình Thắng',
    nomineeName: 'Câu lạc bộ nông dân nuôi bò sinh sản thôn Bình Tân',
    modelHowItWorks:
      'Hội Nông dân huyện cho mượn vốn Quỹ Hỗ trợ nông dân, thành viên câu lạc bộ góp thêm để mua bò cái sinh sản giao cho hộ nghèo, cận nghèo. Hộ nhận bò chuyển bê cái lứa đầu cho hộ tiếp theo và được một thành viên khá giả kèm cặp cách chăn nuôi. Câu lạc bộ sinh hoạt hằng tháng để chia sẻ kỹ thuật và theo dõi đàn bò.',
    modelSince: 2023,
    summary:
      'Làm theo mô hình “Ngân hàng bò” của xã Phú Nghĩa, Câu lạc bộ nông dân thôn Bình Tân mua 12 con bò cái bằng 180 triệu đồng vốn quỹ và vốn góp, luân chuyển bê cái cho hộ khó khăn. Đến năm 2025, 19 hộ được nhận bò, 7 hộ đã thoát nghèo.',
    story: paragraphs(
      'Năm 2023, thôn Bình Tân, xã Bình Thắng còn 17 hộ nghèo và cận nghèo, chủ yếu sống nhờ làm thuê theo mùa điều. Học cách làm “Ngân hàng bò” của xã Phú Nghĩa, Chi hội nông dân thôn thành lập Câu lạc bộ nông dân nuôi bò sinh sản với 25 thành viên.',
      'Hội Nông dân huyện cho mượn 120 triệu đồng từ Quỹ Hỗ trợ nông dân, các thành viên câu lạc bộ góp thêm 60 triệu đồng, mua 12 con bò cái giao cho 12 hộ khó khăn nhất. Hộ nhận bò cam kết chuyển bê cái lứa đầu cho hộ tiếp theo, còn bò mẹ được giữ lại làm vốn.',
      'Mỗi tháng câu lạc bộ sinh hoạt một lần tại nhà văn hóa thôn để chia sẻ cách trồng cỏ, ủ chua thân bắp, phòng bệnh viêm da nổi cục. Mỗi thành viên khá giả nhận kèm cặp một hộ mới nhận bò, từ lúc làm chuồng đến khi bò đẻ.',
      "Đến giữa năm 2025, 7 con bê cái đã được luân chuyển, 19 hộ được nhận bò, trong đó 6 hộ đồng bào S'tiêng. Có 7 hộ đã thoát nghèo, 4 hộ cận nghèo được hỗ trợ. Câu lạc bộ đang chuẩn bị nhân rộng cách làm sang thôn Bình Lợi.",
    ),
    contactPhone: '0977 603 158',
    address: 'thôn Bình Tân, xã Bình Thắng',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân huyện',
    impact: {
      householdsEscaped: 7,
      nearPoorHelped: 4,
      beneficiaryHouseholds: 19,
      ethnicMinorityHouseholds: 6,
      contributionVnd: 180000000,
      startedYear: 2023,
    },
    replicates: 'ngan-hang-bo-phu-nghia',
    photos: [
      { caption: 'Bò sinh sản của Câu lạc bộ nông dân thôn Bình Tân', motif: 'cattle', isPublic: true },
      { caption: 'Buổi sinh hoạt câu lạc bộ tại nhà văn hóa thôn', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 4 — S'tiêng household, cashew grafting (Phú Nghĩa, 2023).
  {
    key: 'ho-dieu-van-loc-ghep-dieu',
    unit: 'hoi-nong-dan',
    communeCode: '25267',
    year: 2023,
    status: 'approved',
    nomineeKind: 'household',
    field: 'know_how',
    title: 'Hộ ông Điểu Văn Lộc thoát nghèo nhờ ghép cải tạo vườn điều',
    nomineeName: 'Hộ ông Điểu Văn Lộc',
    ethnicity: '22', // Xtiêng
    summary:
      "Gia đình người S'tiêng ở bon Bù Dốt ghép cải tạo 1,8 ha điều già cỗi bằng giống AB 29, AB 05-08, nâng năng suất từ 6 tạ lên 1,6 tấn/ha và thoát nghèo cuối năm 2022. Ông Điểu Văn Lộc đã ghép giúp 14 hộ trong bon và thôn Phú Thịnh.",
    story: paragraphs(
      "Gia đình ông Điểu Văn Lộc, người S'tiêng ở bon Bù Dốt, xã Phú Nghĩa, có 5 nhân khẩu và 2,5 ha điều trồng từ những năm 1990. Vườn điều già cỗi, năng suất chỉ khoảng 6 tạ/ha, nên đến năm 2020 gia đình vẫn thuộc diện hộ nghèo.",
      'Năm 2021, ông được nhận một con bò cái từ mô hình “Ngân hàng bò” của xã và tham gia lớp tập huấn ghép cải tạo điều do Hội Nông dân tổ chức. Ông mạnh dạn cưa tán, ghép 1,8 ha bằng giống điều AB 29 và AB 05-08, vay thêm 40 triệu đồng của Ngân hàng Chính sách xã hội để mua phân bón.',
      'Sau hai năm, vườn điều ghép cho năng suất 1,6 tấn/ha. Vụ điều năm 2022 gia đình thu khoảng 115 triệu đồng, cộng thêm tiền bán bê, và được công nhận thoát nghèo cuối năm 2022.',
      "Không giữ nghề cho riêng mình, ông Lộc đi ghép giúp 14 hộ trong bon và thôn Phú Thịnh, trong đó có 9 hộ đồng bào S'tiêng, tặng hơn 3.000 mắt ghép trị giá khoảng 15 triệu đồng. Hai hộ được ông hướng dẫn đã thoát nghèo trong năm 2023.",
    ),
    contactPhone: '0985 731 942',
    address: 'bon Bù Dốt, xã Phú Nghĩa',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân huyện',
    impact: {
      householdsEscaped: 3,
      nearPoorHelped: 4,
      beneficiaryHouseholds: 14,
      ethnicMinorityHouseholds: 9,
      jobsCreated: 2,
      contributionVnd: 15000000,
      startedYear: 2021,
    },
    consent: {
      given: true,
      givenBy: 'Điểu Văn Lộc',
      date: '2023-03-14',
      form: 'recorded_verbal',
      publishMode: 'named',
    },
    photos: [
      { caption: 'Vườn điều ghép giống AB 29 của gia đình ông Điểu Văn Lộc', motif: 'trees', isPublic: true },
      { caption: 'Ông Điểu Văn Lộc hướng dẫn bà con trong bon cách ghép mắt điều', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 5 — savings-and-loan group with the social policy bank (Phước Minh, 2021).
  {
    key: 'to-tiet-kiem-vay-von-binh-giai',
    unit: 'nhcsxh',
    communeCode: '25232',
    year: 2021,
    status: 'approved',
    nomineeKind: 'collective',
    field: 'credit',
    title: 'Tổ tiết kiệm và vay vốn thôn Bình Giai – cầu nối vốn chính sách đến hộ nghèo',
    nomineeName: 'Tổ tiết kiệm và vay vốn thôn Bình Giai, xã Phước Minh',
    collectiveType: 'Tổ tiết kiệm và vay vốn',
    collectiveSize: 46,
    summary:
      'Tổ tiết kiệm và vay vốn thôn Bình Giai giúp 38 lượt hộ nghèo, cận nghèo vay vốn Ngân hàng Chính sách xã hội với dư nợ 2.950 triệu đồng, không có nợ quá hạn. Giai đoạn 2019–2021, 12 hộ tổ viên đã thoát nghèo.',
    story: paragraphs(
      'Tổ tiết kiệm và vay vốn thôn Bình Giai, xã Phước Minh do Hội Nông dân xã nhận ủy thác quản lý, được thành lập năm 2015 với 26 tổ viên, nay có 46 tổ viên, phần lớn là hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo.',
      'Bà Lê Thị Thu, tổ trưởng, cùng ban quản lý tổ đến từng nhà hướng dẫn thủ tục vay vốn hộ nghèo, vốn nước sạch và vệ sinh môi trường nông thôn, vốn giải quyết việc làm của Ngân hàng Chính sách xã hội huyện. Mỗi tháng tổ họp tại điểm giao dịch xã để thu lãi và thu tiết kiệm từ 50.000 đến 200.000 đồng mỗi hộ.',
      'Giai đoạn 2019–2021, tổ đã giúp 38 lượt hộ vay vốn với tổng dư nợ 2.950 triệu đồng, không có nợ quá hạn. Các hộ dùng vốn trồng điều ghép, nuôi bò, nuôi heo và làm công trình nước sạch; số dư tiết kiệm của tổ viên đạt 186 triệu đồng.',
      'Trong ba năm, 12 hộ tổ viên đã thoát nghèo, 9 hộ cận nghèo có việc làm ổn định. Hằng quý, tổ bình xét công khai nhu cầu vay để vốn đến đúng hộ cần, đúng mục đích.',
    ),
    contactPhone: '0944 120 786',
    address: 'thôn Bình Giai, xã Phước Minh',
    unitContactPerson: 'Trịnh Văn Long – Phó Giám đốc Phòng giao dịch NHCSXH huyện Bù Gia Mập',
    impact: {
      householdsEscaped: 12,
      nearPoorHelped: 9,
      beneficiaryHouseholds: 38,
      ethnicMinorityHouseholds: 11,
      contributionVnd: 186000000,
      startedYear: 2015,
    },
    photos: [
      { caption: 'Buổi giao dịch của tổ tại điểm giao dịch xã Phước Minh', motif: 'people', isPublic: true },
      { caption: 'Vườn điều ghép trồng bằng vốn vay hộ nghèo ở thôn Bình Giai', motif: 'trees', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
    commendation: {
      form: 'Giấy khen',
      issuer: 'Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bình Phước',
      decisionNumber: '215/QĐ-NHCS',
      decisionDate: '2021-12-28',
    },
  },

  // 6 — cooperative buying cashew from poor households (Đức Hạnh, 2023); went through one return.
  {
    key: 'hop-tac-xa-dieu-duc-hanh',
    unit: 'ubnd-phu-nghia',
    communeCode: '25228',
    year: 2023,
    status: 'approved',
    nomineeKind: 'collective',
    field: 'value_chain',
    title: 'Hợp tác xã Nông nghiệp Dịch vụ Đức Hạnh bao tiêu điều cho hộ nghèo',
    nomineeName: 'Hợp tác xã Nông nghiệp Dịch vụ Đức Hạnh',
    collectiveType: 'Hợp tác xã',
    collectiveSize: 37,
    summary:
      'Hợp tác xã ký hợp đồng thu mua điều với 52 hộ nghèo, cận nghèo, mua cao hơn giá thị trường 1.000–2.000 đồng/kg và ứng trước 380 triệu đồng phân bón không lãi. Từ năm 2021 đến năm 2023, 17 hộ đã thoát nghèo; xưởng sơ chế tạo việc làm cho 15 lao động.',
    story: paragraphs(
      'Hợp tác xã Nông nghiệp Dịch vụ Đức Hạnh được thành lập năm 2019 với 12 thành viên, đến năm 2023 có 37 thành viên và một xưởng sơ chế hạt điều tại thôn Phước Tân, xã Đức Hạnh.',
      'Thấy nhiều hộ nghèo phải bán điều non, bán trước khi thu hoạch cho thương lái với giá thấp, hợp tác xã ký hợp đồng thu mua với 52 hộ nghèo, cận nghèo trong xã, cam kết mua cao hơn giá thị trường từ 1.000 đến 2.000 đồng/kg. Hộ ký hợp đồng được ứng trước phân bón hữu cơ, trả bằng hạt điều vào cuối vụ, không tính lãi.',
      "Từ năm 2021 đến năm 2023, hợp tác xã đã ứng trước vật tư trị giá 380 triệu đồng, thu mua hơn 210 tấn điều của hộ nghèo, cận nghèo và liên kết với doanh nghiệp chế biến ở thị xã Phước Long để xuất khẩu. Xưởng sơ chế tạo việc làm thường xuyên cho 15 lao động, trong đó 9 người là đồng bào S'tiêng.",
      'Nhờ có đầu ra ổn định, 17 hộ đã thoát nghèo, 12 hộ cận nghèo có thu nhập tăng thêm từ 20 đến 35 triệu đồng mỗi năm. Giám đốc hợp tác xã, anh Nguyễn Đức Toàn, cho biết sẽ mở rộng liên kết sang xã Phú Nghĩa trong năm 2024.',
    ),
    contactPhone: '0918 356 204',
    address: 'thôn Phước Tân, xã Đức Hạnh',
    unitContactPerson: 'Lê Thị Hằng – công chức Văn hóa – Xã hội',
    impact: {
      householdsEscaped: 17,
      nearPoorHelped: 12,
      beneficiaryHouseholds: 52,
      ethnicMinorityHouseholds: 21,
      jobsCreated: 15,
      contributionVnd: 380000000,
      startedYear: 2021,
    },
    photos: [
      { caption: 'Xưởng sơ chế hạt điều của hợp tác xã tại thôn Phước Tân', motif: 'workshop', isPublic: true },
      { caption: 'Vườn điều của hộ ký hợp đồng bao tiêu với hợp tác xã', motif: 'trees', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'reviewer',
        action: 'return',
        comment: 'Đề nghị bổ sung hợp đồng thu mua mẫu và danh sách hộ nghèo, cận nghèo ký hợp đồng có xác nhận của UBND xã Đức Hạnh.',
      },
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
    commendation: {
      form: 'Bằng khen',
      issuer: 'Chủ tịch UBND tỉnh Bình Phước',
      decisionNumber: '2456/QĐ-UBND',
      decisionDate: '2023-12-18',
    },
  },

  // 7 — women's union: piggy-bank savings and "mái ấm tình thương" houses (Phú Văn, 2021).
  {
    key: 'chi-hoi-phu-nu-son-hoa-heo-dat',
    unit: 'hoi-phu-nu',
    communeCode: '25229',
    year: 2021,
    status: 'approved',
    nomineeKind: 'collective',
    field: 'housing_water',
    title: 'Chi hội Phụ nữ thôn Sơn Hòa “tiết kiệm nuôi heo đất”, dựng nhà “Mái ấm tình thương”',
    nomineeName: 'Chi hội Phụ nữ thôn Sơn Hòa, xã Phú Văn',
    collectiveType: 'Chi hội',
    collectiveSize: 68,
    summary:
      'Từ năm 2018, 68 hội viên bỏ ống heo đất mỗi ngày, tiết kiệm được 126 triệu đồng để cho hội viên nghèo mượn không lãi và cùng Hội Liên hiệp Phụ nữ huyện xây 3 căn nhà “Mái ấm tình thương”. Đến cuối năm 2021, 6 hộ hội viên đã thoát nghèo.',
    story: paragraphs(
      "Chi hội Phụ nữ thôn Sơn Hòa, xã Phú Văn có 68 hội viên, trong đó hơn một phần ba là phụ nữ đồng bào S'tiêng. Năm 2018, chi hội phát động phong trào “tiết kiệm nuôi heo đất”: mỗi hội viên bỏ ống từ 2.000 đến 5.000 đồng mỗi ngày, cuối năm cùng đập heo.",
      'Sau bốn năm, chi hội tiết kiệm được 126 triệu đồng. Một phần số tiền được cho 14 hội viên nghèo mượn không lãi, mỗi người từ 3 đến 5 triệu đồng, để mua heo giống, gà giống và phân bón cho vườn điều.',
      'Phần còn lại, cùng 120 triệu đồng hỗ trợ của Hội Liên hiệp Phụ nữ huyện và ngày công của chồng con hội viên, được dùng để xây 3 căn nhà “Mái ấm tình thương”, mỗi căn rộng 45 m², cho các chị đơn thân thuộc hộ nghèo trong thôn.',
      'Đến cuối năm 2021, 6 hộ hội viên đã thoát nghèo, 5 hộ cận nghèo có nhà ở kiên cố hoặc thêm nguồn thu nhập. Cách làm của chi hội đã được Hội Liên hiệp Phụ nữ huyện phổ biến tới các chi hội trong toàn huyện.',
    ),
    contactPhone: '0936 847 102',
    address: 'thôn Sơn Hòa, xã Phú Văn',
    unitContactPerson: 'Đặng Thị Thanh Hương – Chủ tịch Hội Liên hiệp Phụ nữ huyện',
    impact: {
      householdsEscaped: 6,
      nearPoorHelped: 5,
      beneficiaryHouseholds: 17,
      ethnicMinorityHouseholds: 7,
      contributionVnd: 126000000,
      startedYear: 2018,
    },
    photos: [
      { caption: 'Căn nhà “Mái ấm tình thương” trao cho một hội viên đơn thân ở thôn Sơn Hòa', motif: 'house', isPublic: true },
      { caption: 'Hội viên chi hội đập heo đất cuối năm 2020', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 8 — veteran teaching clean pepper farming (Đak Ơ, 2024).
  {
    key: 'cuu-chien-binh-tran-van-hung-ho-tieu',
    unit: 'ubnd-huyen',
    communeCode: '25225',
    year: 2024,
    status: 'approved',
    nomineeKind: 'individual',
    field: 'know_how',
    title: 'Cựu chiến binh Trần Văn Hùng giúp bà con Đak Ơ trồng hồ tiêu sinh học',
    nomineeName: 'Trần Văn Hùng',
    gender: 'male',
    birthYear: 1958,
    ethnicity: '01', // Kinh
    nomineeRole: 'Cựu chiến binh, Chi hội trưởng Chi hội Cựu chiến binh thôn 4',
    summary:
      'Ông Trần Văn Hùng khôi phục vườn tiêu bằng kỹ thuật trồng tiêu sinh học, hướng dẫn 23 hộ trong thôn, tặng 7 hộ nghèo 1.200 nọc tiêu giống và cho mượn không lãi 85 triệu đồng. Đến năm 2024, 9 hộ được ông giúp đỡ đã thoát nghèo.',
    story: paragraphs(
      'Ông Trần Văn Hùng, sinh năm 1958, từng là lính công binh, về lập nghiệp ở thôn 4, xã Đak Ơ từ năm 1995. Giai đoạn 2015–2017, bệnh chết nhanh, chết chậm làm gần 2 ha hồ tiêu của gia đình ông và của nhiều hộ trong thôn bị chết trắng.',
      'Không bỏ cây tiêu, ông tìm học cách trồng tiêu sinh học: dùng nấm Trichoderma, phân hữu cơ ủ từ vỏ hạt điều, trồng cây che bóng và làm rãnh thoát nước. Từ năm 2019, vườn tiêu 1,5 ha của ông đạt 3,2 tấn/ha mà không phải dùng thuốc trừ sâu hóa học.',
      "Là Chi hội trưởng Chi hội Cựu chiến binh thôn 4, ông mở lớp hướng dẫn ngay tại vườn cho 23 hộ, trong đó 8 hộ đồng bào M'nông, S'tiêng. Ông tặng 7 hộ nghèo 1.200 nọc tiêu giống, cho mượn không lãi 85 triệu đồng để mua phân bón và thuê 6 lao động nghèo làm thường xuyên tại vườn.",
      'Đến năm 2024, 9 hộ được ông giúp đỡ đã thoát nghèo, 5 hộ cận nghèo có thu nhập ổn định. Bà con trong thôn quen gọi ông là “ông Hùng tiêu sạch”.',
    ),
    contactPhone: '0962 419 537',
    address: 'thôn 4, xã Đak Ơ',
    unitContactPerson: 'Hoàng Minh Tuấn – chuyên viên Phòng Lao động – Thương binh và Xã hội huyện',
    impact: {
      householdsEscaped: 9,
      nearPoorHelped: 5,
      beneficiaryHouseholds: 23,
      ethnicMinorityHouseholds: 8,
      jobsCreated: 6,
      contributionVnd: 103000000,
      startedYear: 2019,
    },
    consent: {
      given: true,
      givenBy: 'Trần Văn Hùng',
      date: '2024-04-10',
      form: 'signed_paper',
      publishMode: 'named',
    },
    photos: [
      { caption: 'Vườn tiêu sinh học 1,5 ha của ông Trần Văn Hùng ở thôn 4', motif: 'trees', isPublic: true },
      { caption: 'Ông Hùng hướng dẫn hội viên ủ phân hữu cơ từ vỏ hạt điều', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
    commendation: {
      form: 'Giấy khen',
      issuer: 'Chủ tịch UBND huyện Bù Gia Mập',
      decisionNumber: '3412/QĐ-UBND',
      decisionDate: '2024-12-16',
    },
  },

  // 9 — rubber tapping cooperation group (Phước Minh, 2023).
  {
    key: 'to-hop-tac-cao-su-binh-ha',
    unit: 'hoi-nong-dan',
    communeCode: '25232',
    year: 2023,
    status: 'approved',
    nomineeKind: 'collective',
    field: 'jobs',
    title: 'Tổ hợp tác cạo mủ cao su thôn Bình Hà 1 – việc làm ổn định cho lao động nghèo',
    nomineeName: 'Tổ hợp tác cạo mủ cao su thôn Bình Hà 1, xã Phước Minh',
    collectiveType: 'Tổ hợp tác',
    collectiveSize: 22,
    summary:
      'Tổ hợp tác gồm 22 lao động của hộ nghèo, cận nghèo nhận khoán cạo 140 ha cao su tiểu điền đúng kỹ thuật, bán mủ tập trung được giá cao hơn. Mỗi tổ viên có thu nhập 7–9 triệu đồng/tháng; đến cuối năm 2023, 11 hộ đã thoát nghèo.',
    story: paragraphs(
      'Nhiều hộ nghèo ở thôn Bình Hà 1, xã Phước Minh có vài sào cao su tiểu điền nhưng thiếu kỹ thuật cạo, mủ ít, cây nhanh kiệt. Năm 2021, Chi hội nông dân thôn vận động 22 lao động của các hộ này thành lập Tổ hợp tác cạo mủ cao su.',
      'Tổ chia thành 4 nhóm, nhận khoán cạo cho 140 ha vườn cao su tiểu điền của các hộ trong xã theo chế độ cạo nhịp 3 ngày một lần, giúp vườn cây khỏe và cho mủ bền. Kỹ thuật viên của công ty cao su trên địa bàn được mời về hướng dẫn cách cạo, cách bảo quản mủ.',
      'Tổ góp quỹ chung 60 triệu đồng để mua dao cạo, máng, chén hứng mủ và cho tổ viên mượn khi ốm đau. Mủ được gom về bán tập trung cho công ty nên giá cao hơn bán lẻ từ 300 đến 500 đồng mỗi độ.',
      "Mỗi tổ viên có thu nhập từ 7 đến 9 triệu đồng mỗi tháng trong mùa cạo. Đến cuối năm 2023, 11 hộ tổ viên đã thoát nghèo, trong đó 5 hộ đồng bào S'tiêng và Tày; 6 hộ cận nghèo có việc làm ổn định quanh năm.",
    ),
    contactPhone: '0971 284 650',
    address: 'thôn Bình Hà 1, xã Phước Minh',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân huyện',
    impact: {
      householdsEscaped: 11,
      nearPoorHelped: 6,
      beneficiaryHouseholds: 22,
      ethnicMinorityHouseholds: 9,
      jobsCreated: 22,
      contributionVnd: 60000000,
      startedYear: 2021,
    },
    photos: [
      { caption: 'Tổ viên cạo mủ cao su lúc rạng sáng ở thôn Bình Hà 1', motif: 'trees', isPublic: true },
      { caption: 'Tổ hợp tác họp bình xét chia việc đầu mùa cạo', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 10 — vocational training for ethnic-minority youth (Bù Gia Mập, 2022).
  {
    key: 'thanh-nien-hoc-nghe-bu-gia-map',
    unit: 'huyen-doan',
    communeCode: '25222',
    year: 2022,
    status: 'approved',
    nomineeKind: 'model',
    field: 'jobs',
    title: 'Mô hình “Thanh niên học nghề, lập nghiệp” ở xã Bù Gia Mập',
    nomineeName: 'Mô hình “Thanh niên học nghề, lập nghiệp” xã Bù Gia Mập',
    modelHowItWorks:
      'Huyện Đoàn khảo sát nhu cầu học nghề của thanh niên hộ nghèo, hộ đồng bào dân tộc thiểu số rồi mở lớp nghề ngắn hạn ngay tại nhà văn hóa bon, miễn học phí và hỗ trợ tiền ăn. Sau khóa học, Đoàn giới thiệu việc làm hoặc giúp học viên vay vốn Quỹ quốc gia về việc làm để tự mở tiệm.',
    modelSince: 2021,
    summary:
      "Huyện Đoàn mở 3 lớp nghề ngắn hạn ngay tại bon Bù Lư và bon Đắk Á cho 58 thanh niên S'tiêng, M'nông thuộc 52 hộ. Đến cuối năm 2022, 44 học viên có việc làm với thu nhập 5–7 triệu đồng/tháng, 14 hộ đã thoát nghèo.",
    story: paragraphs(
      "Năm 2021, khảo sát của Huyện Đoàn cho thấy xã Bù Gia Mập có hơn 120 thanh niên đồng bào S'tiêng, M'nông bỏ học sớm, chủ yếu làm thuê theo mùa điều. Từ đó, Huyện Đoàn phối hợp Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện xây dựng mô hình “Thanh niên học nghề, lập nghiệp”.",
      'Thay vì đưa thanh niên về huyện, lớp học được mở ngay tại nhà văn hóa bon Bù Lư và bon Đắk Á. Trong hai năm, mô hình mở 3 lớp sửa chữa máy nông nghiệp, may công nghiệp và kỹ thuật ghép điều cho 58 học viên thuộc 52 hộ.',
      'Học viên được miễn học phí, được hỗ trợ 30.000 đồng tiền ăn mỗi ngày từ nguồn 96 triệu đồng do các doanh nghiệp đóng góp. Sau khóa học, Đoàn giới thiệu việc làm tại các xưởng may ở thị xã Phước Long và giúp 9 đoàn viên vay vốn Quỹ quốc gia về việc làm qua Ngân hàng Chính sách xã hội để mở tiệm sửa xe, sửa máy.',
      'Đến cuối năm 2022, 44 học viên có việc làm với thu nhập từ 5 đến 7 triệu đồng mỗi tháng, 14 hộ có con em tham gia đã thoát nghèo, 10 hộ cận nghèo có thêm nguồn thu ổn định.',
    ),
    contactPhone: '0946 572 318',
    address: 'bon Bù Lư, xã Bù Gia Mập',
    unitContactPerson: 'Điểu Thị Ngân – Phó Bí thư Huyện Đoàn Bù Gia Mập',
    impact: {
      householdsEscaped: 14,
      nearPoorHelped: 10,
      beneficiaryHouseholds: 52,
      ethnicMinorityHouseholds: 38,
      jobsCreated: 44,
      contributionVnd: 96000000,
      startedYear: 2021,
    },
    photos: [
      { caption: 'Lớp sửa chữa máy nông nghiệp tại nhà văn hóa bon Bù Lư', motif: 'workshop', isPublic: true },
      { caption: 'Học viên lớp may công nghiệp nhận giấy chứng nhận', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 11 — young woman selling cashew on Zalo and e-commerce (Đa Kia, 2025).
  {
    key: 'hoang-thi-mai-ban-dieu-truc-tuyen',
    unit: 'huyen-doan',
    communeCode: '25231',
    year: 2025,
    status: 'approved',
    nomineeKind: 'individual',
    field: 'digital',
    title: 'Chị Hoàng Thị Mai đưa hạt điều của hộ nghèo lên Zalo và sàn thương mại điện tử',
    nomineeName: 'Hoàng Thị Mai',
    gender: 'female',
    birthYear: 1996,
    ethnicity: '07', // Nùng
    nomineeRole: 'Bí thư Chi đoàn thôn Bình Tiến 2, chủ gian hàng trực tuyến “Điều Bình Tiến”',
    summary:
      'Từ năm 2022, chị Hoàng Thị Mai bán hạt điều rang muối qua Zalo, Facebook rồi Shopee, TikTok Shop, thu mua điều của 26 hộ nghèo, cận nghèo cao hơn thương lái 3.000 đồng/kg và hướng dẫn 31 người mở gian hàng trực tuyến. Đến năm 2025, 6 hộ đã thoát nghèo.',
    story: paragraphs(
      'Chị Hoàng Thị Mai, người Nùng, theo gia đình từ Cao Bằng vào lập nghiệp ở thôn Bình Tiến 2, xã Đa Kia. Năm 2022, thấy điều của gia đình và hàng xóm thường bị thương lái ép giá, chị thử rang muối hạt điều, quay video đăng lên Zalo và Facebook.',
      'Từ vài chục ki-lô-gam mỗi tháng, đến năm 2024 gian hàng “Điều Bình Tiến” của chị đã có mặt trên Shopee và TikTok Shop, bán khoảng 18 tấn hạt điều thành phẩm, doanh thu khoảng 1.200 triệu đồng. Chị thu mua điều thô của 26 hộ nghèo, cận nghèo với giá cao hơn thương lái 3.000 đồng/kg và thuê 5 lao động địa phương.',
      'Là Bí thư Chi đoàn, chị mở 4 lớp “Bình dân học vụ số” hướng dẫn 31 đoàn viên và người dân cách lập tài khoản Zalo bán hàng, chụp ảnh sản phẩm, nhận thanh toán bằng mã QR.',
      "Đến năm 2025, 6 hộ cung cấp điều cho chị đã thoát nghèo, 7 hộ cận nghèo có thêm thu nhập; 15 hộ trong số đó là đồng bào S'tiêng, Nùng, Tày.",
    ),
    contactPhone: '0987 305 611',
    address: 'thôn Bình Tiến 2, xã Đa Kia',
    unitContactPerson: 'Điểu Thị Ngân – Phó Bí thư Huyện Đoàn Bù Gia Mập',
    impact: {
      householdsEscaped: 6,
      nearPoorHelped: 7,
      beneficiaryHouseholds: 26,
      ethnicMinorityHouseholds: 15,
      jobsCreated: 5,
      startedYear: 2022,
    },
    consent: {
      given: true,
      givenBy: 'Hoàng Thị Mai',
      date: '2025-03-05',
      form: 'signed_paper',
      publishMode: 'named',
    },
    photos: [
      { caption: 'Chị Hoàng Thị Mai đóng gói hạt điều rang muối giao cho khách đặt qua Zalo', motif: 'workshop', isPublic: true },
      { caption: 'Lớp hướng dẫn bà con mở gian hàng trên sàn thương mại điện tử', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 12 — M'nông household, published anonymised (Đak Ơ, 2022).
  {
    key: 'ho-me-don-than-mnong-dak-o',
    unit: 'hoi-phu-nu',
    communeCode: '25225',
    year: 2022,
    status: 'approved',
    nomineeKind: 'household',
    field: 'production',
    title: "Người mẹ M'nông đơn thân vượt khó thoát nghèo ở xã Đak Ơ",
    nomineeName: 'Hộ bà Thị Hoa',
    ethnicity: '20', // Mnông
    summary:
      "Một mình nuôi 3 con, người phụ nữ M'nông được Hội Phụ nữ xã giúp vay 50 triệu đồng vốn chính sách, nuôi heo nái và ghép cải tạo 0,7 ha điều. Năm 2022, gia đình thu khoảng 95 triệu đồng và được công nhận thoát nghèo.",
    story: paragraphs(
      "Bà H., người M'nông ở xã Đak Ơ, một mình nuôi 3 con nhỏ sau khi chồng mất năm 2018. Gia đình có 1 ha đất rẫy trồng điều già, thu nhập không đủ ăn, thuộc diện hộ nghèo nhiều năm liền.",
      'Năm 2019, Hội Liên hiệp Phụ nữ xã đưa bà vào tổ tiết kiệm và vay vốn do Hội quản lý, giúp bà vay 50 triệu đồng vốn hộ nghèo của Ngân hàng Chính sách xã hội. Chi hội phụ nữ góp 20 ngày công làm chuồng, tặng 2 con heo nái giống; cán bộ khuyến nông hướng dẫn ghép cải tạo 0,7 ha điều.',
      'Bà dùng phân heo ủ hoai bón cho điều, mỗi năm bán hai lứa heo con. Năm 2022, thu nhập của gia đình đạt khoảng 95 triệu đồng; cuối năm, hộ được công nhận thoát nghèo, các con đều được đi học đầy đủ.',
      'Nhớ lúc mình được giúp, bà tặng heo con giống cho 3 hộ nghèo khác trong bon và thường xuyên chia sẻ kinh nghiệm tại các buổi sinh hoạt chi hội.',
    ),
    contactPhone: '0915 648 230',
    address: 'bon Bù Khơn, xã Đak Ơ',
    unitContactPerson: 'Đặng Thị Thanh Hương – Chủ tịch Hội Liên hiệp Phụ nữ huyện',
    impact: {
      householdsEscaped: 1,
      nearPoorHelped: 1,
      beneficiaryHouseholds: 4,
      ethnicMinorityHouseholds: 4,
      startedYear: 2019,
    },
    consent: {
      given: true,
      givenBy: 'Thị Hoa',
      date: '2022-05-12',
      form: 'recorded_verbal',
      publishMode: 'anonymised',
    },
    photos: [
      { caption: 'Vườn điều ghép cải tạo của gia đình', motif: 'trees', isPublic: true },
      { caption: 'Chủ hộ cùng cán bộ Hội Phụ nữ xã bên chuồng heo', motif: 'people', isPublic: false },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 13 — clean water for S'tiêng hamlets (Bù Gia Mập, 2024).
  {
    key: 'nuoc-sach-bon-bu-ren',
    unit: 'ubnd-huyen',
    communeCode: '25222',
    year: 2024,
    status: 'approved',
    nomineeKind: 'model',
    field: 'housing_water',
    title: 'Mô hình cấp nước sạch tự quản ở bon Bù Rên và bon Đắk Á',
    nomineeName: 'Cụm cấp nước sạch tự quản bon Bù Rên, bon Đắk Á',
    modelHowItWorks:
      'UBND huyện đầu tư giếng khoan, bồn lọc và bể chứa đặt trên cao cho từng cụm 12 đến 16 hộ; người dân góp tiền và ngày công đào rãnh, đặt ống. Mỗi cụm do một tổ tự quản do bon bầu vận hành, thu phí theo đồng hồ nước để tự bảo dưỡng công trình.',
    modelSince: 2022,
    summary:
      "Từ năm 2022, 4 cụm cấp nước tự quản với tổng kinh phí 860 triệu đồng đưa nước sạch đến 57 hộ ở bon Bù Rên và bon Đắk Á, trong đó 49 hộ đồng bào S'tiêng. Tổ tự quản thu 3.000 đồng/m³ để bảo dưỡng; 6 hộ đã thoát nghèo.",
    story: paragraphs(
      "Đến năm 2021, nhiều hộ đồng bào S'tiêng ở bon Bù Rên và bon Đắk Á, xã Bù Gia Mập vẫn dùng nước suối, nước giếng đào cạn vào mùa khô. Thiếu nước sinh hoạt là một trong những chỉ số thiếu hụt khiến nhiều hộ chưa thoát nghèo đa chiều.",
      'Năm 2022, UBND huyện dùng vốn Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi, cùng đóng góp của người dân, xây 4 cụm cấp nước: giếng khoan sâu 90–120 m, bồn lọc, bể chứa 10 m³ đặt trên cao và đường ống đến từng hộ. Tổng kinh phí 860 triệu đồng, trong đó người dân góp 95 triệu đồng và hơn 300 ngày công.',
      'Mỗi cụm có tổ tự quản gồm 2 người do bon bầu, thu 3.000 đồng mỗi mét khối để trả tiền điện và bảo dưỡng máy bơm; sổ thu chi được dán công khai tại nhà văn hóa bon.',
      'Đến năm 2024, 57 hộ có nước sạch, trong đó 49 hộ đồng bào dân tộc thiểu số. Nhờ xóa được thiếu hụt về nước sinh hoạt, cùng với hỗ trợ sinh kế, 6 hộ đã thoát nghèo, 11 hộ cận nghèo được hỗ trợ.',
    ),
    contactPhone: '0903 716 485',
    address: 'bon Bù Rên, xã Bù Gia Mập',
    unitContactPerson: 'Hoàng Minh Tuấn – chuyên viên Phòng Lao động – Thương binh và Xã hội huyện',
    impact: {
      householdsEscaped: 6,
      nearPoorHelped: 11,
      beneficiaryHouseholds: 57,
      ethnicMinorityHouseholds: 49,
      jobsCreated: 8,
      contributionVnd: 860000000,
      startedYear: 2022,
    },
    photos: [
      { caption: 'Bể chứa nước đặt trên cao của cụm cấp nước bon Bù Rên', motif: 'house', isPublic: true },
      { caption: 'Bà con bon Đắk Á dùng nước sạch tại nhà', motif: 'people', isPublic: true },
    ],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
    ],
  },

  // 14 — draft (Phú Văn, 2025): still being completed by the commune.
  {
    key: 'dieu-len-to-ghep-dieu-dak-son',
    unit: 'ubnd-phu-nghia',
    communeCode: '25229',
    year: 2025,
    status: 'draft',
    nomineeKind: 'individual',
    field: 'know_how',
    title: 'Ông Điểu Lên – “thầy ghép điều” của bà con thôn Đắk Son 1',
    nomineeName: 'Điểu Lên',
    gender: 'male',
    birthYear: 1975,
    ethnicity: '22', // Xtiêng
    nomineeRole: 'Tổ trưởng tổ ghép điều thôn Đắk Son 1',
    summary:
      'Ông Điểu Lên cùng tổ ghép điều đã ghép cải tạo khoảng 36 ha điều cho 27 hộ trong thôn, lấy công bằng một nửa giá thị trường với hộ nghèo, cận nghèo; năng suất sau ghép tăng từ 7 tạ lên 1,4 tấn/ha.',
    story: paragraphs(
      "Ông Điểu Lên, người S'tiêng, sinh năm 1975, là tổ trưởng tổ ghép điều của thôn Đắk Son 1, xã Phú Văn. Năm 2020, sau lớp tập huấn của Trung tâm Khuyến nông tỉnh, ông ghép cải tạo toàn bộ 2 ha điều của gia đình bằng giống AB 29.",
      'Từ năm 2022 đến nay, ông cùng 5 thành viên trong tổ đã ghép cải tạo khoảng 36 ha điều cho 27 hộ trong thôn, chỉ lấy tiền công bằng một nửa giá thị trường với hộ nghèo, cận nghèo. Năng suất điều của các hộ sau ghép tăng từ 7 tạ lên 1,4 tấn/ha.',
      'Ông còn ươm 4.000 cây điều giống mỗi năm, bán chịu cho hộ khó khăn đến cuối vụ mới lấy tiền. Năm 2024, 4 hộ được tổ ghép điều đã thoát nghèo.',
      'Đơn vị đang bổ sung danh sách hộ hưởng lợi có xác nhận của thôn, biên bản đồng ý công bố thông tin và ảnh vườn điều trước, sau khi ghép.',
    ),
    contactPhone: '0932 158 047',
    address: 'thôn Đắk Son 1, xã Phú Văn',
    unitContactPerson: 'Nguyễn Văn Thắng – Phó Chủ tịch UBND xã Phú Nghĩa',
    impact: {
      householdsEscaped: 4,
      beneficiaryHouseholds: 27,
      ethnicMinorityHouseholds: 19,
      startedYear: 2020,
    },
    photos: [],
    events: [],
  },

  // 15 — returned for missing consent and mismatched figures (Đức Hạnh, 2024).
  {
    key: 'ho-nong-van-sang-tieu-ga',
    unit: 'ubnd-phu-nghia',
    communeCode: '25228',
    year: 2024,
    status: 'returned',
    nomineeKind: 'household',
    field: 'production',
    title: 'Hộ ông Nông Văn Sáng thoát nghèo nhờ trồng xen hồ tiêu và nuôi gà thả vườn',
    nomineeName: 'Hộ ông Nông Văn Sáng',
    ethnicity: '02', // Tày
    summary:
      'Gia đình người Tày vay 60 triệu đồng vốn chính sách, trồng xen 600 nọc hồ tiêu dưới tán điều và nuôi gà thả vườn, thoát nghèo cuối năm 2023; bán gà giống trả chậm cho 5 hộ nghèo trong thôn.',
    story: paragraphs(
      'Gia đình ông Nông Văn Sáng, người Tày, từ Lạng Sơn vào thôn Phước Thiện, xã Đức Hạnh năm 2008, có 6 nhân khẩu và 1,2 ha đất. Nhiều năm trồng điều độc canh, năng suất thấp, gia đình vẫn thuộc diện hộ nghèo đến năm 2021.',
      'Năm 2022, ông vay 60 triệu đồng của Ngân hàng Chính sách xã hội, trồng xen 600 nọc hồ tiêu dưới tán điều theo hướng dẫn của Hội Nông dân xã và làm chuồng nuôi 400 con gà thả vườn mỗi lứa.',
      'Năm 2023, thu nhập từ tiêu, điều và gà của gia đình khoảng 180 triệu đồng; hộ được công nhận thoát nghèo cuối năm 2023 và đã trả hết nợ gốc trước hạn.',
      'Ông bán gà giống trả chậm cho 5 hộ nghèo trong thôn, không lấy lãi, và hướng dẫn các hộ cách làm chuồng, tiêm phòng cho gà. Hai trong số đó đã có đàn gà trên 200 con.',
    ),
    contactPhone: '0925 873 416',
    address: 'thôn Phước Thiện, xã Đức Hạnh',
    unitContactPerson: 'Lê Thị Hằng – công chức Văn hóa – Xã hội',
    impact: {
      householdsEscaped: 1,
      nearPoorHelped: 2,
      beneficiaryHouseholds: 5,
      ethnicMinorityHouseholds: 3,
      startedYear: 2022,
    },
    photos: [{ caption: 'Vườn tiêu trồng xen dưới tán điều của gia đình ông Nông Văn Sáng', motif: 'trees', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'reviewer',
        action: 'return',
        comment:
          'Hồ sơ chưa có biên bản đồng ý công bố thông tin của chủ hộ. Số liệu thu nhập năm 2023 (180 triệu đồng) chưa khớp với phiếu rà soát hộ nghèo cuối năm 2023 của xã; đề nghị kiểm tra, bổ sung rồi gửi lại.',
      },
    ],
  },

  // 16 — submitted, awaiting review: organic cashew farmers' club (Bình Thắng, 2025).
  {
    key: 'clb-dieu-huu-co-binh-loi',
    unit: 'hoi-nong-dan',
    communeCode: '25234',
    year: 2025,
    status: 'submitted',
    nomineeKind: 'collective',
    field: 'value_chain',
    title: 'Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi',
    nomineeName: 'Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi, xã Bình Thắng',
    collectiveType: 'Câu lạc bộ',
    collectiveSize: 31,
    summary:
      'Câu lạc bộ 31 thành viên canh tác 48 ha điều hữu cơ có chứng nhận, được doanh nghiệp bao tiêu với giá cao hơn điều thường 4.000–5.000 đồng/kg. Đến đầu năm 2025, 5 hộ thành viên đã thoát nghèo.',
    story: paragraphs(
      "Câu lạc bộ nông dân sản xuất điều hữu cơ thôn Bình Lợi, xã Bình Thắng được Hội Nông dân xã thành lập năm 2022 với 31 thành viên, trong đó 12 hộ nghèo, cận nghèo và 9 hộ đồng bào S'tiêng.",
      'Các thành viên cùng ủ phân hữu cơ từ vỏ hạt điều và phân bò, nuôi kiến vàng để trừ sâu, ghi nhật ký canh tác trên điện thoại. Năm 2024, 48 ha điều của câu lạc bộ được cấp giấy chứng nhận sản xuất hữu cơ.',
      'Một doanh nghiệp chế biến trong tỉnh ký hợp đồng bao tiêu toàn bộ sản lượng với giá cao hơn điều thường từ 4.000 đến 5.000 đồng/kg, giúp mỗi hộ tăng thu nhập từ 25 đến 40 triệu đồng mỗi năm.',
      'Đến đầu năm 2025, 5 hộ thành viên đã thoát nghèo, 4 hộ cận nghèo có thu nhập ổn định. Câu lạc bộ lập quỹ 45 triệu đồng cho hộ nghèo mượn mua phân hữu cơ và tổ chức đi thăm vườn lẫn nhau mỗi quý.',
    ),
    contactPhone: '0989 427 063',
    address: 'thôn Bình Lợi, xã Bình Thắng',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân huyện',
    impact: {
      householdsEscaped: 5,
      nearPoorHelped: 4,
      beneficiaryHouseholds: 31,
      ethnicMinorityHouseholds: 9,
      contributionVnd: 45000000,
      startedYear: 2022,
    },
    photos: [{ caption: 'Thành viên câu lạc bộ thả kiến vàng trong vườn điều hữu cơ', motif: 'trees', isPublic: true }],
    events: [{ actor: 'unit', action: 'submit' }],
  },

  // 17 — rejected: a good farmer, but no evidence of helping poor households (Đak Ơ, 2021).
  {
    key: 'le-van-phuc-san-xuat-gioi',
    unit: 'hoi-nong-dan',
    communeCode: '25225',
    year: 2021,
    status: 'rejected',
    nomineeKind: 'individual',
    field: 'production',
    title: 'Ông Lê Văn Phúc – nông dân sản xuất, kinh doanh giỏi thôn 8',
    nomineeName: 'Lê Văn Phúc',
    gender: 'male',
    birthYear: 1969,
    ethnicity: '01', // Kinh
    nomineeRole: 'Hội viên Chi hội nông dân thôn 8',
    summary:
      'Ông Lê Văn Phúc có 12 ha điều và 3 ha hồ tiêu, thu nhập khoảng 900 triệu đồng mỗi năm, thuê lao động thời vụ trong thôn và ủng hộ Quỹ “Vì người nghèo” của xã.',
    story: paragraphs(
      'Ông Lê Văn Phúc có 12 ha điều và 3 ha hồ tiêu tại thôn 8, xã Đak Ơ, là một trong những hộ có thu nhập cao nhất xã, khoảng 900 triệu đồng mỗi năm.',
      'Ông đầu tư hệ thống tưới nhỏ giọt cho vườn tiêu, mua máy phun thuốc và máy cắt cỏ; mỗi vụ thu hoạch điều thuê từ 4 đến 6 lao động thời vụ trong thôn, trả công 250.000 đồng mỗi ngày.',
      'Ông thường xuyên ủng hộ Quỹ “Vì người nghèo” của xã, mỗi năm từ 2 đến 3 triệu đồng, và sẵn sàng chia sẻ kinh nghiệm khi bà con hỏi cách chăm sóc tiêu, điều.',
      'Năm 2020, ông được Hội Nông dân huyện công nhận hộ nông dân sản xuất, kinh doanh giỏi cấp huyện. Chi hội nông dân thôn 8 đề nghị biểu dương ông trong phong trào vì người nghèo năm 2021.',
    ),
    contactPhone: '0919 062 785',
    address: 'thôn 8, xã Đak Ơ',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân huyện',
    impact: {
      beneficiaryHouseholds: 10,
      jobsCreated: 6,
      contributionVnd: 3000000,
      startedYear: 2015,
    },
    consent: {
      given: true,
      givenBy: 'Lê Văn Phúc',
      date: '2021-04-02',
      form: 'signed_paper',
      publishMode: 'named',
    },
    photos: [{ caption: 'Vườn tiêu tưới nhỏ giọt của gia đình ông Lê Văn Phúc', motif: 'trees', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'reviewer',
        action: 'reject',
        comment:
          'Hồ sơ chủ yếu nêu thành tích sản xuất, kinh doanh của gia đình, chưa thể hiện việc trực tiếp giúp hộ nghèo, hộ cận nghèo thoát nghèo; số hộ hưởng lợi chưa có xác nhận của thôn. Đề nghị Hội Nông dân xem xét biểu dương trong phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi”.',
      },
    ],
  },

  // 18 — approved, later unpublished at the household's request (Bù Gia Mập, 2023).
  {
    key: 'ho-dieu-khiem-nuoi-de',
    unit: 'nhcsxh',
    communeCode: '25222',
    year: 2023,
    status: 'unpublished',
    nomineeKind: 'household',
    field: 'credit',
    title: 'Hộ ông Điểu Khiêm vay vốn chính sách nuôi dê, thoát nghèo bền vững',
    nomineeName: 'Hộ ông Điểu Khiêm',
    ethnicity: '22', // Xtiêng
    summary:
      "Gia đình người S'tiêng ở bon Bù Lư vay 70 triệu đồng vốn Ngân hàng Chính sách xã hội để nuôi dê, khoan giếng; sau hai năm đàn dê lên 32 con, hộ thoát nghèo cuối năm 2023 và bán dê giống trả chậm cho 4 hộ nghèo.",
    story: paragraphs(
      'Gia đình ông Điểu Khiêm ở bon Bù Lư, xã Bù Gia Mập có 4 nhân khẩu, 1,5 ha điều, là hộ nghèo từ năm 2016. Năm 2021, qua tổ tiết kiệm và vay vốn của Hội Nông dân xã, ông được vay 50 triệu đồng vốn hộ nghèo và 20 triệu đồng vốn nước sạch, vệ sinh môi trường của Ngân hàng Chính sách xã hội.',
      'Ông mua 8 con dê giống, làm chuồng sàn, trồng 3 sào cỏ, khoan giếng và xây nhà vệ sinh. Sau hai năm, đàn dê lên 32 con; ông bán dê thịt và dê giống thu khoảng 60 triệu đồng mỗi năm, cộng thêm thu nhập từ vườn điều.',
      'Cuối năm 2023, hộ ông được công nhận thoát nghèo và đã trả đúng hạn 20 triệu đồng nợ gốc. Ông bán dê giống trả chậm cho 4 hộ nghèo trong bon với giá bằng giá dê thịt, và hướng dẫn các hộ cách làm chuồng sàn cho sạch, tránh bệnh.',
    ),
    contactPhone: '0948 390 125',
    address: 'bon Bù Lư, xã Bù Gia Mập',
    unitContactPerson: 'Trịnh Văn Long – Phó Giám đốc Phòng giao dịch NHCSXH huyện Bù Gia Mập',
    impact: {
      householdsEscaped: 1,
      beneficiaryHouseholds: 5,
      ethnicMinorityHouseholds: 5,
      startedYear: 2021,
    },
    consent: {
      given: true,
      givenBy: 'Điểu Khiêm',
      date: '2023-04-20',
      form: 'recorded_verbal',
      publishMode: 'named',
    },
    photos: [{ caption: 'Chuồng dê sàn của gia đình ông Điểu Khiêm ở bon Bù Lư', motif: 'cattle', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      { actor: 'reviewer', action: 'approve' },
      {
        actor: 'reviewer',
        action: 'unpublish',
        comment: 'Gỡ công bố theo đề nghị của chủ hộ ngày 12/03/2024: gia đình rút lại sự đồng ý công bố thông tin và hình ảnh trên trang công khai.',
      },
    ],
  },

  // 19 — forwarded by the commune, awaiting the district: women's rotating savings group (Phước Minh, 2025).
  {
    key: 'to-tiet-kiem-xoay-vong-phuoc-minh',
    unit: 'hoi-phu-nu',
    communeCode: '25232',
    year: 2025,
    status: 'submitted',
    nomineeKind: 'model',
    field: 'credit',
    title: 'Mô hình tổ phụ nữ tiết kiệm xoay vòng giúp nhau thoát nghèo thôn 3, xã Phước Minh',
    nomineeName: 'Tổ phụ nữ tiết kiệm xoay vòng thôn 3',
    modelHowItWorks:
      'Mỗi tháng 20 chị em góp 200.000 đồng; cả tổ bình xét cho một hộ nghèo vay không lãi để mua giống, trả dần trong 10 tháng. Chi hội phụ nữ theo dõi sổ sách công khai tại nhà văn hóa thôn.',
    modelSince: 2021,
    summary:
      'Từ năm 2021, 20 hội viên góp vốn xoay vòng cho 14 lượt hộ nghèo vay không lãi mua heo giống, gà và phân bón; 6 hộ đã thoát nghèo, không hộ nào nợ quá hạn.',
    story: paragraphs(
      'Năm 2021, thôn 3 xã Phước Minh còn 11 hộ nghèo, phần lớn là hộ đồng bào S’tiêng thiếu vốn sản xuất. Chi hội phụ nữ thôn vận động 20 chị em lập tổ tiết kiệm, mỗi tháng góp 200.000 đồng.',
      'Mỗi quý, tổ họp bình xét chọn hộ được vay không lãi từ 5 đến 10 triệu đồng, kèm một chị em trong tổ đi cùng hướng dẫn cách chăm heo, gà. Tiền trả dần trong 10 tháng và được ghi sổ công khai.',
      'Đến năm 2025, tổ đã cho 14 lượt hộ vay với tổng số 112 triệu đồng, không có khoản nào quá hạn. Sáu hộ đã thoát nghèo, bốn hộ khác có thu nhập ổn định từ chăn nuôi.',
    ),
    contactPhone: '0973 215 486',
    address: 'thôn 3, xã Phước Minh',
    unitContactPerson: 'Nguyễn Thị Mai – Chủ tịch Hội Liên hiệp Phụ nữ huyện',
    impact: {
      householdsEscaped: 6,
      nearPoorHelped: 4,
      beneficiaryHouseholds: 14,
      ethnicMinorityHouseholds: 9,
      contributionVnd: 112000000,
      startedYear: 2021,
    },
    photos: [{ caption: 'Buổi họp bình xét cho vay của tổ tiết kiệm thôn 3', motif: 'people', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'commune_reviewer',
        action: 'forward',
        comment: 'Hội đồng thi đua xã đã kiểm tra sổ sách của tổ: số liệu đúng, mô hình dễ nhân rộng ở các thôn khác. Đề nghị cấp huyện xem xét công nhận.',
      },
    ],
  },

  // 20 — in public notice now, with two opinions, one of them judged (Đa Kia, 2025).
  {
    key: 'dieu-thanh-nuoi-ong-da-kia',
    unit: 'huyen-doan',
    communeCode: '25231',
    communeTree: '2024',
    year: 2025,
    status: 'in_notice',
    nomineeKind: 'individual',
    field: 'jobs',
    title: 'Anh Điểu Thanh – thanh niên S’tiêng nuôi ong lấy mật, dạy nghề cho thanh niên nghèo',
    nomineeName: 'Điểu Thanh',
    gender: 'male',
    birthYear: 1994,
    ethnicity: '22', // S'tiêng
    nomineeRole: 'Bí thư Chi đoàn thôn Bù Ka',
    summary:
      'Anh Điểu Thanh nuôi 120 đàn ong dưới tán điều, mỗi năm thu khoảng 3 tấn mật; anh dạy nghề miễn phí cho 18 thanh niên, cho mượn đàn ong giống để 7 hộ nghèo có thêm thu nhập.',
    story: paragraphs(
      'Sinh ra trong một gia đình nghèo ở thôn Bù Ka, xã Đa Kia, anh Điểu Thanh học nghề nuôi ong từ một hợp tác xã ở Đồng Nai rồi về thôn bắt đầu với 10 đàn ong đặt dưới vườn điều của gia đình.',
      'Đến năm 2024, anh có 120 đàn ong, thu khoảng 3 tấn mật mỗi năm. Anh mở lớp hướng dẫn miễn phí cho 18 thanh niên trong xã và cho 7 hộ nghèo mượn mỗi hộ 5 đàn ong giống, trả lại bằng đàn con sau một năm.',
      'Các hộ nuôi ong đặt thùng trong vườn điều nên năng suất điều tăng nhờ ong thụ phấn. Anh cùng Chi đoàn lập tổ hợp tác nuôi ong để bán mật chung, giữ giá ổn định.',
    ),
    contactPhone: '0358 904 217',
    address: 'thôn Bù Ka, xã Đa Kia',
    unitContactPerson: 'Trần Minh Đức – Bí thư Huyện đoàn',
    impact: {
      householdsEscaped: 3,
      nearPoorHelped: 4,
      beneficiaryHouseholds: 25,
      ethnicMinorityHouseholds: 18,
      jobsCreated: 9,
      startedYear: 2019,
    },
    consent: {
      given: true,
      givenBy: 'Điểu Thanh',
      date: '2025-03-20',
      form: 'signed_paper',
      publishMode: 'named',
    },
    photos: [{ caption: 'Anh Điểu Thanh kiểm tra cầu ong trong vườn điều', motif: 'trees', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'commune_reviewer',
        action: 'forward',
        comment: 'Đã xác minh với Chi đoàn thôn Bù Ka và 7 hộ được mượn đàn ong. Đề nghị cấp huyện xem xét công nhận.',
      },
      { actor: 'reviewer', action: 'open_notice' },
    ],
    objections: [
      {
        authorName: 'Thị Hòa',
        contact: '0387 612 059',
        content:
          'Tôi là một trong bảy hộ được anh Thanh cho mượn ong. Năm ngoái gia đình tôi bán được 80 lít mật, có tiền cho con đi học. Tôi đồng ý biểu dương anh.',
        judged: { status: 'unfounded', note: 'Ý kiến đồng tình, không phản ánh sai sót; ghi nhận vào hồ sơ.' },
      },
      {
        authorName: 'Nguyễn Văn Sơn',
        contact: 'son.nguyen@example.vn',
        content: 'Đề nghị xem lại số hộ thoát nghèo: theo tôi biết, một trong ba hộ đã thoát nghèo từ năm 2022, trước khi nuôi ong.',
      },
    ],
  },

  // 21 — the 2026–2030 period, new tree: submitted, awaiting the commune level (Đa Kia, 2026).
  {
    key: 'sau-rieng-xen-dieu-da-kia-2026',
    unit: 'ubnd-da-kia',
    campaign: 'next',
    communeCode: '25231',
    communeTree: '2025',
    year: 2026,
    status: 'submitted',
    nomineeKind: 'model',
    field: 'production',
    title: 'Mô hình trồng sầu riêng xen điều của tổ hợp tác thôn Bù Ka',
    nomineeName: 'Tổ hợp tác trồng sầu riêng xen điều thôn Bù Ka',
    modelHowItWorks:
      'Tổ hợp tác góp vốn mua cây giống sầu riêng ghép, trồng xen trong vườn điều già cỗi của 12 hộ; cán bộ khuyến nông xã hướng dẫn kỹ thuật, doanh nghiệp thu mua theo hợp đồng.',
    modelSince: 2023,
    summary:
      'Mười hai hộ, trong đó 5 hộ nghèo, trồng xen 1.800 cây sầu riêng trong vườn điều già cỗi; vụ đầu năm 2025 mỗi hộ thu thêm 40–70 triệu đồng, 3 hộ đã thoát nghèo.',
    story: paragraphs(
      'Vườn điều của nhiều hộ ở thôn Bù Ka trồng đã hơn 20 năm, năng suất thấp. Năm 2023, UBND xã vận động 12 hộ lập tổ hợp tác, trồng xen sầu riêng ghép dưới tán điều để tận dụng đất mà không bỏ vườn cũ.',
      'Tổ góp vốn mua 1.800 cây giống, xã hỗ trợ một nửa tiền giống cho 5 hộ nghèo từ chương trình mục tiêu quốc gia. Cán bộ khuyến nông đến vườn mỗi tháng, hướng dẫn tưới tiết kiệm và bón phân hữu cơ.',
      'Vụ đầu năm 2025, tổ bán 26 tấn sầu riêng cho một doanh nghiệp xuất khẩu theo hợp đồng. Ba hộ nghèo đã thoát nghèo; tổ đang hướng dẫn thêm 8 hộ ở thôn bên cạnh.',
    ),
    contactPhone: '0271 3876 210',
    address: 'thôn Bù Ka, xã Đa Kia',
    unitContactPerson: 'Lý Văn Tài – Phó Chủ tịch UBND xã Đa Kia',
    impact: {
      householdsEscaped: 3,
      nearPoorHelped: 2,
      beneficiaryHouseholds: 12,
      ethnicMinorityHouseholds: 6,
      contributionVnd: 90000000,
      startedYear: 2023,
    },
    photos: [{ caption: 'Sầu riêng ghép trồng xen dưới tán điều', motif: 'field', isPublic: true }],
    events: [{ actor: 'unit', action: 'submit' }],
  },

  // 22 — the 2026–2030 period: forwarded by the commune, awaiting the province (Đa Kia, 2026).
  {
    key: 'htx-dieu-da-kia-lien-ket-2026',
    unit: 'hoi-nong-dan',
    campaign: 'next',
    communeCode: '25231',
    communeTree: '2025',
    year: 2026,
    status: 'submitted',
    nomineeKind: 'collective',
    field: 'value_chain',
    title: 'Hợp tác xã nông nghiệp Đa Kia liên kết tiêu thụ hạt điều cho hộ nghèo',
    nomineeName: 'Hợp tác xã nông nghiệp Đa Kia',
    collectiveType: 'Hợp tác xã',
    collectiveSize: 64,
    summary:
      'Hợp tác xã thu mua hạt điều của 64 hộ thành viên, trong đó 15 hộ nghèo và cận nghèo, với giá sàn cam kết; ứng trước phân bón không lãi và chia lãi cuối năm theo sản lượng.',
    story: paragraphs(
      'Trước năm 2024, hộ trồng điều ở Đa Kia thường bán non cho thương lái với giá thấp. Hợp tác xã nông nghiệp Đa Kia được thành lập lại với 64 hộ thành viên, ký hợp đồng với một nhà máy chế biến trong tỉnh.',
      'Hợp tác xã cam kết giá sàn, ứng trước phân bón không lãi cho hộ nghèo và trả tiền trong ngày giao hàng. Cuối năm, lãi được chia theo sản lượng góp.',
      'Năm 2025, thu nhập bình quân của hộ thành viên tăng khoảng 18%; 4 hộ nghèo và 3 hộ cận nghèo đã thoát nghèo, cận nghèo.',
    ),
    contactPhone: '0918 330 472',
    address: 'Kho hợp tác xã, thôn Bình Tiến 1, xã Đa Kia',
    unitContactPerson: 'Phạm Quốc Huy – Phó Chủ tịch Hội Nông dân',
    impact: {
      householdsEscaped: 4,
      nearPoorHelped: 3,
      beneficiaryHouseholds: 64,
      ethnicMinorityHouseholds: 21,
      jobsCreated: 6,
      startedYear: 2024,
    },
    photos: [{ caption: 'Thành viên hợp tác xã giao hạt điều tại kho', motif: 'workshop', isPublic: true }],
    events: [
      { actor: 'unit', action: 'submit' },
      {
        actor: 'commune_reviewer',
        action: 'forward',
        comment: 'Hội đồng thi đua xã Đa Kia thống nhất đề nghị cấp tỉnh xem xét công nhận tập thể tiêu biểu.',
      },
    ],
  },
];
