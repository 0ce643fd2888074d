// The compile-time list of connectors. Adding a platform: one folder under connectors/, one
// CMake option, one line here.
#include "connectors/connector.h"

namespace touchpoint {

#ifdef TOUCHPOINT_CONNECTOR_TWITTER
extern const ConnectorDescriptor kTwitterConnector;
#endif

namespace {

constinit const ConnectorDescriptor* const kConnectors[] = {
#ifdef TOUCHPOINT_CONNECTOR_TWITTER
    &kTwitterConnector,
#endif
    nullptr,  // keeps the array non-empty when every connector is switched off
};

}  // namespace

std::span<const ConnectorDescriptor* const> Connectors() noexcept {
  return std::span(kConnectors, std::size(kConnectors) - 1);
}

}  // namespace touchpoint
