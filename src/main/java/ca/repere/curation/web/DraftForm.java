package ca.repere.curation.web;

import ca.repere.curation.ServiceDraft;

/** The service form as posted (a mutable bean, so Spring binds it field by field). */
public class DraftForm {

  private String nameFr;
  private String nameEn;
  private String descriptionFr;
  private String descriptionEn;
  private String address;
  private String city;
  private String postalCode;
  private String phones;
  private String staffPhones;
  private String hours;
  private String languages;
  private String internalNote;
  private String startDate;
  private String endDate;

  static DraftForm of(ServiceDraft d) {
    DraftForm f = new DraftForm();
    f.nameFr = d.nameFr();
    f.nameEn = d.nameEn();
    f.descriptionFr = d.descriptionFr();
    f.descriptionEn = d.descriptionEn();
    f.address = d.address();
    f.city = d.city();
    f.postalCode = d.postalCode();
    f.phones = d.phones();
    f.staffPhones = d.staffPhones();
    f.hours = d.hours();
    f.languages = d.languages();
    f.internalNote = d.internalNote();
    f.startDate = d.startDate();
    f.endDate = d.endDate();
    return f;
  }

  ServiceDraft toDraft() {
    return new ServiceDraft(
        nameFr,
        nameEn,
        descriptionFr,
        descriptionEn,
        address,
        city,
        postalCode,
        phones,
        staffPhones,
        hours,
        languages,
        internalNote,
        startDate,
        endDate);
  }

  public String getNameFr() {
    return nameFr;
  }

  public void setNameFr(String v) {
    nameFr = v;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String v) {
    nameEn = v;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public void setDescriptionFr(String v) {
    descriptionFr = v;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String v) {
    descriptionEn = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String v) {
    city = v;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String v) {
    postalCode = v;
  }

  public String getPhones() {
    return phones;
  }

  public void setPhones(String v) {
    phones = v;
  }

  public String getStaffPhones() {
    return staffPhones;
  }

  public void setStaffPhones(String v) {
    staffPhones = v;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String v) {
    hours = v;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String v) {
    languages = v;
  }

  public String getInternalNote() {
    return internalNote;
  }

  public void setInternalNote(String v) {
    internalNote = v;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String v) {
    startDate = v;
  }

  public String getEndDate() {
    return endDate;
  }

  public void setEndDate(String v) {
    endDate = v;
  }
}
