#pragma once

#include <string>
#include <string_view>

#include "core/event.h"

namespace touchpoint::twitter {

// The archive's owner, with what is needed to recognise them among tweet mentions and DM
// senders.
class Owner {
 public:
  explicit Owner(Identity identity);

  const Identity& identity() const noexcept { return identity_; }
  bool Is(std::string_view user_id) const noexcept;
  // Matches by user id, or by handle (case-insensitive) when the id is missing or "-1".
  bool Is(const Identity& someone) const noexcept;

 private:
  Identity identity_;
  std::string lower_handle_;
};

}  // namespace touchpoint::twitter
