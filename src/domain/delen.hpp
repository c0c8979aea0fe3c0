#pragma once
// What documents for the household and its network show of the professionals around it (DOMAIN.md §5,
// restricted sharing b): under afgeschermde regie a professional's organisation and contact details only
// when a regisseur marked them shareable; the name always, so the household knows who helps.

namespace regie::domain {

inline bool contact_in_document(bool afgeschermd, bool contact_deelbaar) {
  return !afgeschermd || contact_deelbaar;
}

}  // namespace regie::domain
