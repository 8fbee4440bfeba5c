namespace Liaison.Web.Features.Provinces;

/// <summary>
/// Vietnam's 34 provincial-level units after the merger that took effect on 1 July 2025
/// (National Assembly Resolution 202/2025/QH15): 28 provinces and 6 centrally governed cities.
/// </summary>
public static class ProvinceCatalog
{
    public static IReadOnlyList<Province> All { get; } =
    [
        City(1, "ha-noi", "Thành phố Hà Nội", "Hanoi"),
        City(2, "hue", "Thành phố Huế", "Hue City"),
        City(3, "hai-phong", "Thành phố Hải Phòng", "Hai Phong"),
        City(4, "da-nang", "Thành phố Đà Nẵng", "Da Nang"),
        City(5, "ho-chi-minh", "Thành phố Hồ Chí Minh", "Ho Chi Minh City"),
        City(6, "can-tho", "Thành phố Cần Thơ", "Can Tho"),
        Prov(7, "lai-chau", "Tỉnh Lai Châu", "Lai Chau"),
        Prov(8, "dien-bien", "Tỉnh Điện Biên", "Dien Bien"),
        Prov(9, "son-la", "Tỉnh Sơn La", "Son La"),
        Prov(10, "lang-son", "Tỉnh Lạng Sơn", "Lang Son"),
        Prov(11, "quang-ninh", "Tỉnh Quảng Ninh", "Quang Ninh"),
        Prov(12, "thanh-hoa", "Tỉnh Thanh Hóa", "Thanh Hoa"),
        Prov(13, "nghe-an", "Tỉnh Nghệ An", "Nghe An"),
        Prov(14, "ha-tinh", "Tỉnh Hà Tĩnh", "Ha Tinh"),
        Prov(15, "cao-bang", "Tỉnh Cao Bằng", "Cao Bang"),
        Prov(16, "tuyen-quang", "Tỉnh Tuyên Quang", "Tuyen Quang"),
        Prov(17, "lao-cai", "Tỉnh Lào Cai", "Lao Cai"),
        Prov(18, "thai-nguyen", "Tỉnh Thái Nguyên", "Thai Nguyen"),
        Prov(19, "phu-tho", "Tỉnh Phú Thọ", "Phu Tho"),
        Prov(20, "bac-ninh", "Tỉnh Bắc Ninh", "Bac Ninh"),
        Prov(21, "hung-yen", "Tỉnh Hưng Yên", "Hung Yen"),
        Prov(22, "ninh-binh", "Tỉnh Ninh Bình", "Ninh Binh"),
        Prov(23, "quang-tri", "Tỉnh Quảng Trị", "Quang Tri"),
        Prov(24, "quang-ngai", "Tỉnh Quảng Ngãi", "Quang Ngai"),
        Prov(25, "gia-lai", "Tỉnh Gia Lai", "Gia Lai"),
        Prov(26, "khanh-hoa", "Tỉnh Khánh Hòa", "Khanh Hoa"),
        Prov(27, "lam-dong", "Tỉnh Lâm Đồng", "Lam Dong"),
        Prov(28, "dak-lak", "Tỉnh Đắk Lắk", "Dak Lak"),
        Prov(29, "dong-nai", "Tỉnh Đồng Nai", "Dong Nai"),
        Prov(30, "tay-ninh", "Tỉnh Tây Ninh", "Tay Ninh"),
        Prov(31, "vinh-long", "Tỉnh Vĩnh Long", "Vinh Long"),
        Prov(32, "dong-thap", "Tỉnh Đồng Tháp", "Dong Thap"),
        Prov(33, "ca-mau", "Tỉnh Cà Mau", "Ca Mau"),
        Prov(34, "an-giang", "Tỉnh An Giang", "An Giang"),
    ];

    private static Province City(int id, string code, string vi, string en) =>
        new() { Id = id, Code = code, NameVi = vi, NameEn = en, Kind = ProvinceKind.CentralCity };

    private static Province Prov(int id, string code, string vi, string en) =>
        new() { Id = id, Code = code, NameVi = vi, NameEn = en, Kind = ProvinceKind.Province };
}
