"""Clusters of matching claims across articles."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics

from api.clusters.serializers import ClusterDetailSerializer, ClusterSerializer
from api.schema import READ, responses
from claims import selectors


@extend_schema_view(
    get=extend_schema(operation_id="clusters_list", responses=responses({200: ClusterSerializer(many=True)}, *READ))
)
class ClusterListApi(generics.ListAPIView):
    serializer_class = ClusterSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.cluster_list()


@extend_schema_view(
    get=extend_schema(operation_id="clusters_retrieve", responses=responses({200: ClusterDetailSerializer}, *READ))
)
class ClusterDetailApi(generics.RetrieveAPIView):
    serializer_class = ClusterDetailSerializer

    def get_queryset(self):  # type: ignore[no-untyped-def]
        return selectors.cluster_detail()
