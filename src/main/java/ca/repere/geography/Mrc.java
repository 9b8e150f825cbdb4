package ca.repere.geography;

/**
 * An MRC (municipalité régionale de comté) or an equivalent territory: a city acting as one
 * (Montréal "66", Québec "23", Laval "65"…), Kativik ("992") or a group of reserves outside any
 * MRC. Its code is what {@link Municipality#mrcCode()} and the "mrc:" territories use.
 *
 * @param type "MRC", or the kind of equivalent territory as MAMH names it
 * @param regionCode the region it lies in
 */
public record Mrc(String code, String name, String type, String regionCode, int population) {}
