// The compile-time list of connectors. Adding a platform: one folder under connectors/, one
// CMake option, one line here.
#include "connectors/connector.h"

namespace touchpoint {

#ifdef TOUCHPOINT_CONNECTOR_TWITTER
extern const ConnectorDescriptor kTwitterConnector;
#endif
#ifdef TOUCHPOINT_CONNECTOR_FACEBOOK
extern const ConnectorDescriptor kFacebookConnector;
#endif
#ifdef TOUCHPOINT_CONNECTOR_LINKEDIN
extern const ConnectorDescriptor kLinkedinConnector;
#endif

namespace {

constinit const ConnectorDescriptor* const kConnectors[] = {
#ifdef TOUCHPOINT_CONNECTOR_TWITTER
    &kTwitterConnector,
#endif
#ifdef TOUCHPOINT_CONNECTOR_FACEBOOK
    &kFacebookConnector,
#endif
#ifdef TOUCHPOINT_CONNECTOR_LINKEDIN
    &kLinkedinConnector,
#endif
    nullptr,  // keeps the array non-empty when every connector is switched off
};

}  // namespace

std::span<const ConnectorDescriptor* const> Connectors() noexcept {
  return std::span(kConnectors, std::size(kConnectors) - 1);
}

}  // namespace touchpoint
